package io.lyceum.course.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import io.lyceum.course.ModuleKind;
import io.lyceum.course.OutlineItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order arithmetic behind drag and drop and the move buttons. */
class OutlineOrderTest {

    static OutlineItem module(long id) {
        return new OutlineItem(OutlineItem.Type.MODULE, id, "m" + id, ModuleKind.TEXT, true, true, null);
    }

    static OutlineItem section(long id) {
        return new OutlineItem(OutlineItem.Type.SECTION, id, "s" + id, null, false, true, null);
    }

    // m1 m2 | s10: m3 m4 | s20: m5
    final List<OutlineItem> items =
            List.of(module(1), module(2), section(10), module(3), module(4), section(20), module(5));

    static List<String> names(List<OutlineItem.Ref> refs) {
        return refs.stream()
                .map(ref -> (ref.type() == OutlineItem.Type.SECTION ? "s" : "m") + ref.id())
                .toList();
    }

    @Test
    void a_module_moves_one_row_and_crosses_section_headings() {
        assertThat(names(CourseBuilderView.moveUp(items, items.get(3))))
                .containsExactly("m1", "m2", "m3", "s10", "m4", "s20", "m5");
        assertThat(names(CourseBuilderView.moveDown(items, items.get(1))))
                .containsExactly("m1", "s10", "m2", "m3", "m4", "s20", "m5");
    }

    @Test
    void a_section_moves_with_its_modules() {
        assertThat(names(CourseBuilderView.moveUp(items, items.get(5))))
                .containsExactly("m1", "m2", "s20", "m5", "s10", "m3", "m4");
        assertThat(names(CourseBuilderView.moveDown(items, items.get(2))))
                .containsExactly("m1", "m2", "s20", "m5", "s10", "m3", "m4");
    }

    @Test
    void the_ends_do_not_move() {
        assertThat(names(CourseBuilderView.moveUp(items, items.getFirst())))
                .isEqualTo(names(items.stream().map(OutlineItem::ref).toList()));
        assertThat(names(CourseBuilderView.moveDown(items, items.getLast())))
                .isEqualTo(names(items.stream().map(OutlineItem::ref).toList()));
    }

    @Test
    void dropping_a_module_puts_it_above_or_below_the_target() {
        assertThat(names(CourseBuilderView.dropOrder(items, items.get(0), items.get(4), GridDropLocation.BELOW)))
                .containsExactly("m2", "s10", "m3", "m4", "m1", "s20", "m5");
        assertThat(names(CourseBuilderView.dropOrder(items, items.get(6), items.get(0), GridDropLocation.ABOVE)))
                .containsExactly("m5", "m1", "m2", "s10", "m3", "m4", "s20");
    }

    @Test
    void dropping_a_section_never_splits_another_section() {
        assertThat(names(CourseBuilderView.dropOrder(items, items.get(5), items.get(3), GridDropLocation.ABOVE)))
                .containsExactly("m1", "m2", "s10", "m3", "m4", "s20", "m5");
        assertThat(names(CourseBuilderView.dropOrder(items, items.get(5), items.get(0), GridDropLocation.ABOVE)))
                .containsExactly("m1", "m2", "s20", "m5", "s10", "m3", "m4");
        assertThat(names(CourseBuilderView.dropOrder(items, items.get(2), null, GridDropLocation.EMPTY)))
                .containsExactly("m1", "m2", "s20", "m5", "s10", "m3", "m4");
    }
}
