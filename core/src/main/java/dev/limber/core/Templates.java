package dev.limber.core;

import java.util.stream.Collectors;

/**
 * The wording of every {@link MessageCode} in English, German and Spanish. Each language is one
 * switch expression over the codes, so a code without a wording does not compile. German and
 * Spanish speak to the person in the polite form (Sie, usted), as a physiotherapist would.
 */
final class Templates {
  private Templates() {}

  static String english(Message m, MessageRenderer r) {
    return switch (m.code()) {
      case ITEM_REASON_FOCUS -> reasonEn(m, "serves your focus on " + r.areas(m.strings("areas")));
      case ITEM_REASON_BALANCED -> reasonEn(m, "works your " + r.areas(m.strings("areas")));
      case ITEM_REASON_ROUNDS_OUT -> reasonEn(m, "rounds out the session (" + r.areas(m.strings("areas")) + ")");
      case ITEM_REASON_SEQUENCE -> "Step of the " + r.sequence(m.string("sequence")) + " sequence.";
      case CONTRAINDICATION ->
          r.condition(m.string("condition")) + ": " + m.string("reason")
              + (m.string("instead").isEmpty() ? "" : " Instead: " + m.string("instead"));
      case CAUTION_EXCLUDED -> r.render(m.message("caution")) + " (cautions are excluded by request)";
      case NO_SAFE_FORM -> "no declared modification or safe easier variation removes that";
      case MODIFICATION_REPLACED ->
          "Replaces " + r.exercise(m.string("exercise")) + ". " + r.sentences(m.messages("reasons"));
      case MODIFICATION_CHANGED -> changes(m) + "Why: " + r.sentences(m.messages("reasons"));
      case REFERRAL_REASON -> r.redFlag(m.string("redFlag"));
      case REFERRAL_AGE ->
          "First back pain outside the usual age range: Back pain that starts for the first time at"
              + " this age should be checked by a doctor before you exercise.";
      case INFEASIBLE_NOTHING_SAFE ->
          "no exercise in the catalog is safe for the conditions given and fits the level,"
              + " equipment and positions asked for";
      case INFEASIBLE_TOO_SHORT ->
          "no safe exercise fits in " + r.plural(m.number("seconds"), "second", "seconds")
              + "; the shortest needs more time";
      case INFEASIBLE_FOCUS ->
          "nothing safe that fits this request serves " + focusList(m, r)
              + "; ask for a general session to get a balanced routine instead";
      case FOCUS_LIMIT -> r.area(m.string("area")) + " (" + whyEn(m.constant("limit", Limit.class)) + ")";
      case BALANCED_INSTEAD ->
          "A balanced session instead of your focus on " + r.area(m.string("area")) + ": "
              + whyEn(m.constant("limit", Limit.class)) + ".";
      case UNSERVED_FOCUS ->
          "Nothing in this routine works your " + r.area(m.string("area")) + ": "
              + whyEn(m.constant("limit", Limit.class)) + ".";
      case SHORTFALL ->
          "The routine is " + r.number(m.number("seconds")) + " s short of the time asked for: every"
              + " exercise that fits is in at its largest dose (" + whyEn(m.constant("limit", Limit.class)) + ").";
      case LEFT_OUT -> "Left out " + r.exercise(m.string("exercise")) + ": " + r.sentences(m.messages("reasons"));
      case SEQUENCE_ALL_LEFT_OUT ->
          "Every step of " + r.sequence(m.string("sequence")) + " is left out for these conditions.";
      case DISCLAIMER -> Limber.DISCLAIMER;
      case TEXT -> m.string("text");
    };
  }

  static String german(Message m, MessageRenderer r) {
    return switch (m.code()) {
      case ITEM_REASON_FOCUS -> reasonDe(m, r, "für Ihren Schwerpunkt (" + r.areas(m.strings("areas")) + ")");
      case ITEM_REASON_BALANCED -> reasonDe(m, r, "für diese Bereiche: " + r.areas(m.strings("areas")));
      case ITEM_REASON_ROUNDS_OUT -> reasonDe(m, r, "zur Abrundung der Einheit (" + r.areas(m.strings("areas")) + ")");
      case ITEM_REASON_SEQUENCE -> "Teil der Abfolge „" + r.sequence(m.string("sequence")) + "“.";
      case CONTRAINDICATION ->
          r.condition(m.string("condition")) + ": " + m.string("reason")
              + (m.string("instead").isEmpty() ? "" : " Stattdessen: " + m.string("instead"));
      case CAUTION_EXCLUDED ->
          r.render(m.message("caution")) + " (Übungen mit Vorsichtshinweis haben Sie ausgeschlossen)";
      case NO_SAFE_FORM -> "Dafür gibt es keine vorgesehene Anpassung und keine sichere, leichtere Variante.";
      case MODIFICATION_REPLACED ->
          "Anstelle von „" + r.exercise(m.string("exercise")) + "“. " + r.sentences(m.messages("reasons"));
      case MODIFICATION_CHANGED -> changes(m) + "Warum: " + r.sentences(m.messages("reasons"));
      case REFERRAL_REASON -> r.redFlag(m.string("redFlag"));
      case REFERRAL_AGE ->
          "Erstmals Rückenschmerzen außerhalb des üblichen Alters: Wenn Rückenschmerzen in Ihrem Alter"
              + " zum ersten Mal auftreten, lassen Sie das bitte ärztlich abklären, bevor Sie trainieren.";
      case INFEASIBLE_NOTHING_SAFE ->
          "keine Übung im Katalog ist bei Ihren Beschwerden sicher und passt zugleich zu dem Niveau,"
              + " den Hilfsmitteln und den Positionen, die Sie angegeben haben";
      case INFEASIBLE_TOO_SHORT ->
          "in " + r.plural(m.number("seconds"), "Sekunde", "Sekunden")
              + " passt keine sichere Übung; selbst die kürzeste braucht mehr Zeit";
      case INFEASIBLE_FOCUS ->
          "nichts Sicheres, das zu Ihrer Anfrage passt, trainiert diese Bereiche: " + focusList(m, r)
              + "; wählen Sie stattdessen eine allgemeine Einheit, dann erhalten Sie eine ausgewogene"
              + " Routine";
      case FOCUS_LIMIT -> "„" + r.area(m.string("area")) + "“ (" + whyDe(m.constant("limit", Limit.class)) + ")";
      case BALANCED_INSTEAD ->
          "Eine ausgewogene Einheit statt Ihres Schwerpunkts „" + r.area(m.string("area")) + "“: "
              + whyDe(m.constant("limit", Limit.class)) + ".";
      case UNSERVED_FOCUS ->
          "Für den Bereich „" + r.area(m.string("area")) + "“ enthält diese Routine nichts: "
              + whyDe(m.constant("limit", Limit.class)) + ".";
      case SHORTFALL ->
          "Die Routine ist " + r.plural(m.number("seconds"), "Sekunde", "Sekunden")
              + " kürzer als gewünscht: Jede passende Übung ist schon in ihrer höchsten Dosierung"
              + " enthalten (" + whyDe(m.constant("limit", Limit.class)) + ").";
      case LEFT_OUT -> "„" + r.exercise(m.string("exercise")) + "“ entfällt: " + r.sentences(m.messages("reasons"));
      case SEQUENCE_ALL_LEFT_OUT ->
          "Bei Ihren Beschwerden entfallen alle Schritte von „" + r.sequence(m.string("sequence")) + "“.";
      case DISCLAIMER ->
          "Diese Routine ist eine allgemeine Anleitung zur Bewegung, keine medizinische Beratung."
              + " Bewegen Sie sich langsam und nur so weit, wie es angenehm ist. Hören Sie sofort auf,"
              + " wenn Sie stechende Schmerzen, Taubheit oder Kribbeln spüren, und lassen Sie sich"
              + " ärztlich oder physiotherapeutisch beraten, bevor Sie weitermachen.";
      case TEXT -> m.string("text");
    };
  }

  static String spanish(Message m, MessageRenderer r) {
    return switch (m.code()) {
      case ITEM_REASON_FOCUS -> reasonEs(m, r, "para su objetivo (" + r.areas(m.strings("areas")) + ")");
      case ITEM_REASON_BALANCED -> reasonEs(m, r, "para estas zonas: " + r.areas(m.strings("areas")));
      case ITEM_REASON_ROUNDS_OUT -> reasonEs(m, r, "para completar la sesión (" + r.areas(m.strings("areas")) + ")");
      case ITEM_REASON_SEQUENCE -> "Paso de la secuencia «" + r.sequence(m.string("sequence")) + "».";
      case CONTRAINDICATION ->
          r.condition(m.string("condition")) + ": " + m.string("reason")
              + (m.string("instead").isEmpty() ? "" : " En su lugar: " + m.string("instead"));
      case CAUTION_EXCLUDED ->
          r.render(m.message("caution")) + " (ha pedido excluir los ejercicios que requieren precaución)";
      case NO_SAFE_FORM -> "No hay ninguna adaptación prevista ni variante más fácil y segura que lo evite.";
      case MODIFICATION_REPLACED ->
          "Sustituye a «" + r.exercise(m.string("exercise")) + "». " + r.sentences(m.messages("reasons"));
      case MODIFICATION_CHANGED -> changes(m) + "Por qué: " + r.sentences(m.messages("reasons"));
      case REFERRAL_REASON -> r.redFlag(m.string("redFlag"));
      case REFERRAL_AGE ->
          "Primer dolor de espalda fuera de la edad habitual: si el dolor de espalda aparece por"
              + " primera vez a su edad, consulte a un médico antes de hacer ejercicio.";
      case INFEASIBLE_NOTHING_SAFE ->
          "ningún ejercicio del catálogo es seguro para sus afecciones y se ajusta a la vez al nivel,"
              + " el material y las posiciones que ha indicado";
      case INFEASIBLE_TOO_SHORT ->
          "ningún ejercicio seguro cabe en " + r.plural(m.number("seconds"), "segundo", "segundos")
              + "; incluso el más corto necesita más tiempo";
      case INFEASIBLE_FOCUS ->
          "ningún ejercicio seguro que se ajuste a su petición trabaja estas zonas: " + focusList(m, r)
              + "; pida una sesión general para obtener una rutina equilibrada";
      case FOCUS_LIMIT -> r.area(m.string("area")) + " (" + whyEs(m.constant("limit", Limit.class)) + ")";
      case BALANCED_INSTEAD ->
          "Una sesión equilibrada en lugar de su objetivo («" + r.area(m.string("area")) + "»): "
              + whyEs(m.constant("limit", Limit.class)) + ".";
      case UNSERVED_FOCUS ->
          "Esta rutina no incluye nada para «" + r.area(m.string("area")) + "»: "
              + whyEs(m.constant("limit", Limit.class)) + ".";
      case SHORTFALL ->
          "La rutina dura " + r.plural(m.number("seconds"), "segundo", "segundos")
              + " menos de lo pedido: todos los ejercicios que encajan ya están en su dosis máxima ("
              + whyEs(m.constant("limit", Limit.class)) + ").";
      case LEFT_OUT -> "Se omite «" + r.exercise(m.string("exercise")) + "»: " + r.sentences(m.messages("reasons"));
      case SEQUENCE_ALL_LEFT_OUT ->
          "Con sus afecciones se omiten todos los pasos de «" + r.sequence(m.string("sequence")) + "».";
      case DISCLAIMER ->
          "Esta rutina es una orientación general sobre ejercicio, no un consejo médico. Muévase"
              + " despacio y solo hasta donde le resulte cómodo. Deténgase de inmediato si siente un"
              + " dolor agudo, entumecimiento u hormigueo, y consulte a un profesional sanitario antes"
              + " de continuar.";
      case TEXT -> m.string("text");
    };
  }

  // ---------------------------------------------------------------- English

  private static String reasonEn(Message m, String serves) {
    int sets = m.number("sets");
    return phaseEn(m.constant("phase", Phase.class)) + ": " + kindEn(m.constant("kind", ExerciseKind.class))
        + " that " + serves + (sets > 1 ? ", in " + sets + " sets" : "") + ".";
  }

  private static String phaseEn(Phase phase) {
    return switch (phase) {
      case WARM_UP -> "Warm-up";
      case COOL_DOWN -> "Cool-down";
      default -> "Main";
    };
  }

  private static String kindEn(ExerciseKind kind) {
    return switch (kind) {
      case DYNAMIC_MOBILITY -> "gentle mobility";
      case STRENGTH_STABILITY -> "light strength and stability work";
      case RELAXATION -> "relaxation";
      default -> "a slow stretch";
    };
  }

  /** Why a focus area went unserved, in English; the phrase Limber has always used. */
  static String whyEn(Limit limit) {
    return switch (limit) {
      case CATALOG -> "the catalog has no exercise for it";
      case SAFETY -> "your conditions rule out every exercise for it";
      case LEVEL -> "its exercises are above the level asked for";
      case EQUIPMENT -> "its exercises need equipment not listed";
      case POSITION -> "its exercises need a position not allowed (such as the floor)";
      case EXCLUDED -> "its exercises were excluded";
      case TIME -> "there was no time left for it";
    };
  }

  // ---------------------------------------------------------------- German

  private static String reasonDe(Message m, MessageRenderer r, String serves) {
    int sets = m.number("sets");
    return phaseDe(m.constant("phase", Phase.class)) + ": " + kindDe(m.constant("kind", ExerciseKind.class))
        + " " + serves + (sets > 1 ? ", in " + r.plural(sets, "Satz", "Sätzen") : "") + ".";
  }

  private static String phaseDe(Phase phase) {
    return switch (phase) {
      case WARM_UP -> "Aufwärmen";
      case COOL_DOWN -> "Ausklang";
      default -> "Hauptteil";
    };
  }

  private static String kindDe(ExerciseKind kind) {
    return switch (kind) {
      case DYNAMIC_MOBILITY -> "sanfte Mobilisation";
      case STRENGTH_STABILITY -> "leichte Kräftigung und Stabilisation";
      case RELAXATION -> "Entspannung";
      default -> "langsame Dehnung";
    };
  }

  private static String whyDe(Limit limit) {
    return switch (limit) {
      case CATALOG -> "der Katalog enthält keine Übung dafür";
      case SAFETY -> "Ihre Beschwerden schließen jede Übung dafür aus";
      case LEVEL -> "die Übungen dafür liegen über dem gewählten Niveau";
      case EQUIPMENT -> "die Übungen dafür brauchen Hilfsmittel, die Sie nicht angegeben haben";
      case POSITION -> "die Übungen dafür brauchen eine Position, die nicht erlaubt ist (etwa am Boden)";
      case EXCLUDED -> "Sie haben die Übungen dafür ausgeschlossen";
      case TIME -> "dafür blieb keine Zeit mehr";
    };
  }

  // ---------------------------------------------------------------- Spanish

  private static String reasonEs(Message m, MessageRenderer r, String serves) {
    int sets = m.number("sets");
    return phaseEs(m.constant("phase", Phase.class)) + ": " + kindEs(m.constant("kind", ExerciseKind.class))
        + " " + serves + (sets > 1 ? ", en " + r.plural(sets, "serie", "series") : "") + ".";
  }

  private static String phaseEs(Phase phase) {
    return switch (phase) {
      case WARM_UP -> "Calentamiento";
      case COOL_DOWN -> "Vuelta a la calma";
      default -> "Parte principal";
    };
  }

  private static String kindEs(ExerciseKind kind) {
    return switch (kind) {
      case DYNAMIC_MOBILITY -> "movilidad suave";
      case STRENGTH_STABILITY -> "trabajo suave de fuerza y estabilidad";
      case RELAXATION -> "relajación";
      default -> "un estiramiento lento";
    };
  }

  private static String whyEs(Limit limit) {
    return switch (limit) {
      case CATALOG -> "el catálogo no tiene ningún ejercicio para ello";
      case SAFETY -> "sus afecciones descartan todos los ejercicios para ello";
      case LEVEL -> "sus ejercicios superan el nivel elegido";
      case EQUIPMENT -> "sus ejercicios necesitan material que no ha indicado";
      case POSITION -> "sus ejercicios necesitan una posición no permitida (como el suelo)";
      case EXCLUDED -> "ha excluido sus ejercicios";
      case TIME -> "no quedó tiempo para ello";
    };
  }

  // ---------------------------------------------------------------- shared

  /** Each modification's description followed by a space, as the English note has always had it. */
  private static String changes(Message m) {
    return m.strings("changes").stream().map(c -> c + " ").collect(Collectors.joining());
  }

  private static String focusList(Message m, MessageRenderer r) {
    return m.messages("unserved").stream().map(r::render).collect(Collectors.joining("; "));
  }
}
