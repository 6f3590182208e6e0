package dev.limber.examples;

import com.google.common.collect.ImmutableMap;
import dev.limber.core.DosageUnit;
import dev.limber.core.MessageRenderer;
import java.util.Locale;
import java.util.Map;

/**
 * The command-line tool's own words around what the library says (headings, labels, the names of
 * phases, positions and sides), in English, German and Spanish. The library's messages (reasons,
 * cautions, notes, the disclaimer) come from {@link MessageRenderer}; the elements' texts from the
 * catalog loaded for the locale.
 */
final class CliText {
  private static final int EN = 0;
  private static final int DE = 1;
  private static final int ES = 2;

  /** Each key's text in English, German and Spanish; {@code {0}}, {@code {1}} ... are arguments. */
  private static final ImmutableMap<String, String[]> TEXTS =
      ImmutableMap.<String, String[]>builder()
          // routine report
          .put("title.minutes", new String[] {"Limber: a {0}-minute routine{1}. Focus: {2}.", "Limber: eine {0}-Minuten-Routine{1}. Schwerpunkt: {2}.", "Limber: una rutina de {0} minutos{1}. Objetivo: {2}."})
          .put("title.clock", new String[] {"Limber: a {0} routine{1}. Focus: {2}.", "Limber: eine Routine von {0}{1}. Schwerpunkt: {2}.", "Limber: una rutina de {0}{1}. Objetivo: {2}."})
          .put("title.goal", new String[] {", goal {0}", ", Ziel: {0}", ", meta: {0}"})
          .put("focus.balanced", new String[] {"whole body, balanced", "ganzer Körper, ausgewogen", "todo el cuerpo, equilibrado"})
          .put("col.start", new String[] {"START", "START", "INICIO"})
          .put("col.time", new String[] {"TIME", "DAUER", "DUR."})
          .put("col.side", new String[] {"SIDE", "SEITE", "LADO"})
          .put("col.phase", new String[] {"PHASE", "PHASE", "FASE"})
          .put("col.position", new String[] {"POSITION", "POSITION", "POSICIÓN"})
          .put("col.exercise", new String[] {"EXERCISE", "ÜBUNG", "EJERCICIO"})
          .put("set", new String[] {" (set {0} of {1})", " (Satz {0} von {1})", " (serie {0} de {1})"})
          .put("why", new String[] {"Why: ", "Warum: ", "Por qué: "})
          .put("caution", new String[] {"Caution: ", "Vorsicht: ", "Precaución: "})
          .put("changed", new String[] {"Changed: ", "Angepasst: ", "Cambio: "})
          .put("note", new String[] {"Note: ", "Hinweis: ", "Nota: "})
          .put("total", new String[] {
              "Total {0} of {1}: {2}, {3} of it getting into position and switching sides.",
              "Gesamt {0} von {1}: {2}, davon {3} für Positions- und Seitenwechsel.",
              "Total {0} de {1}: {2}; {3} de ello para cambiar de posición y de lado."})
          .put("item", new String[] {"item", "Abschnitt", "bloque"})
          .put("items", new String[] {"items", "Abschnitte", "bloques"})
          .put("referral.stop", new String[] {"Please do not start a stretching routine now.", "Bitte beginnen Sie jetzt kein Dehnprogramm.", "Por favor, no empiece ahora una rutina de estiramientos."})
          .put("referral.urgency", new String[] {"Urgency: {0}", "Dringlichkeit: {0}", "Urgencia: {0}"})
          .put("referral.emergency", new String[] {" - get emergency care now.", " - suchen Sie sofort eine Notaufnahme auf.", " - acuda ahora mismo a urgencias."})
          .put("referral.urgent", new String[] {" - see a doctor soon, before you exercise.", " - gehen Sie bald zum Arzt, bevor Sie trainieren.", " - consulte pronto a un médico, antes de hacer ejercicio."})
          .put("referral.why", new String[] {"Why:", "Warum:", "Por qué:"})
          .put("referral.none", new String[] {"No routine was composed.", "Es wurde keine Routine erstellt.", "No se ha creado ninguna rutina."})
          .put("advice", new String[] {
              "See a doctor in the coming weeks (the routine may go ahead):",
              "Lassen Sie das in den nächsten Wochen ärztlich abklären (die Routine können Sie trotzdem machen):",
              "Consulte a un médico en las próximas semanas (puede hacer la rutina igualmente):"})
          .put("infeasible", new String[] {"No routine could be composed: ", "Es konnte keine Routine erstellt werden: ", "No se ha podido crear una rutina: "})
          .put("infeasible.safety", new String[] {
              "Add --general for a balanced whole-body routine instead, or see a health professional about exercises for this area.",
              "Mit --general erhalten Sie stattdessen eine ausgewogene Ganzkörper-Routine; oder fragen Sie eine Fachperson nach Übungen für diesen Bereich.",
              "Añada --general para obtener en su lugar una rutina equilibrada de cuerpo entero, o consulte a un profesional sanitario sobre ejercicios para esta zona."})
          .put("infeasible.other", new String[] {
              "Try more minutes, a higher --level, more --equipment, allowing floor work, fewer exclusions, or --general for a balanced whole-body routine.",
              "Versuchen Sie mehr Minuten, ein höheres --level, mehr --equipment, Übungen am Boden, weniger Ausschlüsse oder --general für eine ausgewogene Ganzkörper-Routine.",
              "Pruebe con más minutos, un --level más alto, más --equipment, permitir ejercicios en el suelo, menos exclusiones o --general para una rutina equilibrada de cuerpo entero."})
          .put("sequence.title", new String[] {"Limber: the {0} sequence [{1}]. {2}", "Limber: die Abfolge „{0}“ [{1}]. {2}", "Limber: la secuencia «{0}» [{1}]. {2}"})
          // ids shown in the routine table and the exercise sheet
          .put("side.both", new String[] {"both", "beide", "ambos"})
          .put("side.left", new String[] {"left", "links", "izq."})
          .put("side.right", new String[] {"right", "rechts", "der."})
          .put("phase.warm-up", new String[] {"warm-up", "Aufwärmen", "calentamiento"})
          .put("phase.main", new String[] {"main", "Hauptteil", "principal"})
          .put("phase.cool-down", new String[] {"cool-down", "Ausklang", "vuelta a la calma"})
          .put("position.standing", new String[] {"standing", "stehend", "de pie"})
          .put("position.seated", new String[] {"seated", "sitzend", "sentado"})
          .put("position.kneeling", new String[] {"kneeling", "kniend", "de rodillas"})
          .put("position.hands-and-knees", new String[] {"hands-and-knees", "Vierfüßlerstand", "cuadrupedia"})
          .put("position.prone", new String[] {"prone", "Bauchlage", "boca abajo"})
          .put("position.supine", new String[] {"supine", "Rückenlage", "boca arriba"})
          .put("position.side-lying", new String[] {"side-lying", "Seitenlage", "de lado"})
          .put("urgency.emergency", new String[] {"emergency", "Notfall", "emergencia"})
          .put("urgency.urgent", new String[] {"urgent", "dringend", "urgente"})
          .put("urgency.non-urgent", new String[] {"non-urgent", "nicht dringend", "no urgente"})
          .put("severity.avoid", new String[] {"avoid", "meiden", "evitar"})
          .put("severity.modify", new String[] {"modify", "anpassen", "adaptar"})
          .put("severity.caution", new String[] {"caution", "Vorsicht", "precaución"})
          .put("kind.static-stretch", new String[] {"static-stretch", "statische Dehnung", "estiramiento estático"})
          .put("kind.dynamic-mobility", new String[] {"dynamic-mobility", "dynamische Mobilisation", "movilidad dinámica"})
          .put("kind.strength-stability", new String[] {"strength-stability", "Kraft und Stabilität", "fuerza y estabilidad"})
          .put("kind.relaxation", new String[] {"relaxation", "Entspannung", "relajación"})
          .put("difficulty.beginner", new String[] {"beginner", "Einsteiger", "principiante"})
          .put("difficulty.intermediate", new String[] {"intermediate", "Fortgeschrittene", "intermedio"})
          .put("difficulty.advanced", new String[] {"advanced", "Erfahrene", "avanzado"})
          .put("laterality.bilateral", new String[] {"bilateral", "beidseitig", "bilateral"})
          .put("laterality.unilateral", new String[] {"unilateral", "einseitig", "unilateral"})
          // exercise table
          .put("table.id", new String[] {"ID", "ID", "ID"})
          .put("table.name", new String[] {"NAME", "NAME", "NOMBRE"})
          .put("table.position", new String[] {"POSITION", "POSITION", "POSICIÓN"})
          .put("table.kind", new String[] {"KIND", "ART", "TIPO"})
          .put("table.laterality", new String[] {"LATERALITY", "SEITEN", "LATERALIDAD"})
          .put("table.dosage", new String[] {"DOSAGE", "DOSIERUNG", "DOSIS"})
          // units
          .put("breath", new String[] {"breath", "Atemzug", "respiración"})
          .put("breaths", new String[] {"breaths", "Atemzüge", "respiraciones"})
          .put("rep", new String[] {"rep", "Wiederholung", "repetición"})
          .put("reps", new String[] {"reps", "Wiederholungen", "repeticiones"})
          // exercise sheet
          .put("sheet.aliases", new String[] {"Also known as", "Auch genannt", "También llamado"})
          .put("sheet.kind", new String[] {"Kind", "Art", "Tipo"})
          .put("sheet.position", new String[] {"Position", "Position", "Posición"})
          .put("sheet.onFloor", new String[] {", on the floor", ", am Boden", ", en el suelo"})
          .put("sheet.noFloor", new String[] {", no floor needed", ", ohne Boden", ", sin suelo"})
          .put("sheet.equipment", new String[] {"Equipment", "Hilfsmittel", "Material"})
          .put("sheet.none", new String[] {"none", "keine", "ninguno"})
          .put("sheet.difficulty", new String[] {"Difficulty", "Niveau", "Nivel"})
          .put("sheet.laterality", new String[] {"Laterality", "Seiten", "Lateralidad"})
          .put("sheet.oneSide", new String[] {" (one side at a time, both sides done)", " (eine Seite nach der anderen, beide Seiten)", " (un lado cada vez, ambos lados)"})
          .put("sheet.bothSides", new String[] {" (both sides at once)", " (beide Seiten zugleich)", " (ambos lados a la vez)"})
          .put("sheet.dosage", new String[] {"Dosage", "Dosierung", "Dosis"})
          .put("sheet.dosageFull", new String[] {"{0} by default ({1} to {2})", "{0} als Standard ({1} bis {2})", "{0} por defecto (de {1} a {2})"})
          .put("sheet.pace", new String[] {", about {0} s per {1}", ", etwa {0} s pro {1}", ", unos {0} s por {1}"})
          .put("sheet.perSide", new String[] {", per side", ", pro Seite", ", por lado"})
          .put("sheet.inAll", new String[] {"; {0} in all", "; insgesamt {0}", "; {0} en total"})
          .put("sheet.targets", new String[] {"Targets", "Zielbereiche", "Zonas"})
          .put("sheet.alsoReaches", new String[] {"Also reaches", "Erreicht auch", "También llega a"})
          .put("sheet.loads", new String[] {"Loads", "Belastet", "Carga"})
          .put("sheet.phases", new String[] {"Phases", "Phasen", "Fases"})
          .put("sheet.easier", new String[] {"Easier variations", "Leichtere Varianten", "Variantes más fáciles"})
          .put("sheet.harder", new String[] {"Harder variations", "Schwerere Varianten", "Variantes más difíciles"})
          .put("sheet.tags", new String[] {"Tags", "Schlagwörter", "Etiquetas"})
          .put("sheet.steps", new String[] {"Steps", "Schritte", "Pasos"})
          .put("sheet.cues", new String[] {"Cues", "Hinweise", "Indicaciones"})
          .put("sheet.safetyNotes", new String[] {"Safety notes", "Sicherheitshinweise", "Notas de seguridad"})
          .put("sheet.saferForms", new String[] {"Safer forms", "Sicherere Formen", "Formas más seguras"})
          .put("sheet.noneDeclared", new String[] {"  none declared", "  keine angegeben", "  ninguna indicada"})
          .put("sheet.without", new String[] {"  - without {0}{1}: ", "  - ohne {0}{1}: ", "  - sin {0}{1}: "})
          .put("sheet.contraindications", new String[] {"Contraindications", "Gegenanzeigen", "Contraindicaciones"})
          .put("sheet.noContraindications", new String[] {"  none for the conditions in this catalog", "  keine für die Beschwerden in diesem Katalog", "  ninguna para las afecciones de este catálogo"})
          .put("sheet.ruleOn", new String[] {"rule on {0}", "Regel zu {0}", "regla sobre {0}"})
          .put("sheet.stated", new String[] {"stated for this exercise", "für diese Übung angegeben", "indicada para este ejercicio"})
          .put("sheet.ruleOnArea", new String[] {"rule on its area", "Regel zu ihrem Bereich", "regla sobre su zona"})
          .put("sheet.instead", new String[] {" Instead: ", " Stattdessen: ", " En su lugar: "})
          .put("sheet.sources", new String[] {"Sources", "Quellen", "Fuentes"})
          .put("sheet.figure", new String[] {"Figure: limber figure {0} > {0}.svg", "Abbildung: limber figure {0} > {0}.svg", "Figura: limber figure {0} > {0}.svg"})
          .put("sheet.noFigure", new String[] {"Figure: none yet (no poses/{0}.json)", "Abbildung: noch keine (keine poses/{0}.json)", "Figura: todavía ninguna (no hay poses/{0}.json)"})
          .build();

  private static final CliText ENGLISH = new CliText(EN);

  private final int language;

  private CliText(int language) {
    this.language = language;
  }

  /** The words for {@code locale}'s language: German, Spanish, or else English. */
  static CliText of(Locale locale) {
    switch (locale.getLanguage()) {
      case "de":
        return new CliText(DE);
      case "es":
        return new CliText(ES);
      default:
        return ENGLISH;
    }
  }

  /** The English words. */
  static CliText english() {
    return ENGLISH;
  }

  /** The text of {@code key} with {@code {0}}, {@code {1}} ... replaced by {@code args}. */
  String get(String key, Object... args) {
    String[] texts = TEXTS.get(key);
    if (texts == null) {
      throw new IllegalArgumentException("no text " + key);
    }
    String text = texts[language];
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  /** The word for an id of a small enum ({@code phase}, {@code position}, ...), or the id itself. */
  String id(String kind, String id) {
    String[] texts = TEXTS.get(kind + "." + id);
    return texts == null ? id : texts[language];
  }

  /**
   * The width of a table column of the ids of {@code kind} with these {@code ids}: the longest
   * word, and at least {@code min}.
   */
  int width(String kind, int min, String... ids) {
    int width = min;
    for (String id : ids) {
      width = Math.max(width, id(kind, id).length());
    }
    return width;
  }

  /** {@code count} with the singular or plural word of {@code one} / {@code other}. */
  String plural(int count, String one, String other) {
    return count + " " + get(count == 1 ? one : other);
  }

  /** A count in its unit: {@code 30 s}, {@code 8 breaths}, {@code 1 Wiederholung}. */
  String count(int count, DosageUnit unit) {
    switch (unit) {
      case SECONDS:
        return count + " s";
      case BREATHS:
        return plural(count, "breath", "breaths");
      default:
        return plural(count, "rep", "reps");
    }
  }

  /** Every key, for tests. */
  static Map<String, String[]> all() {
    return TEXTS;
  }
}
