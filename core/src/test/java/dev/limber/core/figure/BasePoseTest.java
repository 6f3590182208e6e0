package dev.limber.core.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.core.Position;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BasePoseTest {
  @ParameterizedTest
  @EnumSource(BasePose.class)
  void everyBasePoseMakesItsContactsInASideView(BasePose base) {
    var exercise = FigureFixtures.exercise("x", base.position(), "hamstrings", false);
    View view = base.position() == Position.SIDE_LYING ? View.TOP : View.SIDE;
    Pose pose =
        FigureFixtures.pose(
            "x", view, FigureFixtures.propsFor(base), FigureFixtures.key("k", base, Map.of()));

    assertEquals(List.of(), pose.check(exercise));
  }
}
