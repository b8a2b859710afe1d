package dev.blueline.model.render;

import dev.blueline.model.catalog.content.Content.Plain.Span;
import dev.blueline.model.geometry.Rect;
import dev.blueline.model.render.RecordingPainter.Kind;
import dev.blueline.model.render.RecordingPainter.Prim;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {
    final RecordingPainter rec = new RecordingPainter();
    final Text text = new Text(rec);
    final Font f = Font.of(10);

    @Test
    void ellipsizeKeepsWhatFitsAndNeverSplitsACharacter() {
        assertThat(text.ellipsize("short", f, 100)).isEqualTo("short");
        String cut = text.ellipsize("a fairly long sentence that does not fit", f, 60);
        assertThat(cut).endsWith(Text.ELLIPSIS);
        assertThat(rec.textWidth(cut, f)).isLessThanOrEqualTo(60);
        String rockets = text.ellipsize("\ud83d\ude80".repeat(50), f, 45);
        assertThat(rockets).isEqualTo("\ud83d\ude80".repeat(3) + Text.ELLIPSIS);
        assertThat(text.ellipsize("anything", f, 2)).isEmpty();
        assertThat(text.ellipsize("anything", f, -5)).isEmpty();
    }

    @Test
    void wrapsWordsKeepsEmphasisAndHonoursLineBreaks() {
        List<Span> spans = List.of(new Span("one two ", false, false), new Span("three", true, false), new Span(" four\nfive", false, false));
        int lines = text.paragraph(spans, new Rect(0, 0, 80, 200), f, Palette.TEXT, TextAlign.LEFT, false);
        List<Prim> runs = rec.of(Kind.TEXT);
        assertThat(lines).isEqualTo(3);
        assertThat(runs).extracting(Prim::text).containsExactly("one two ", "three", "four", "five");
        assertThat(runs.get(1).font().bold()).isTrue();
        assertThat(runs.get(1).box().x()).isCloseTo(runs.get(0).box().right(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(runs.getLast().box().y()).isGreaterThan(runs.get(0).box().y());
    }

    @Test
    void breaksWordsLongerThanALineAndStopsAtTheBottom() {
        int lines = text.paragraph(List.of(new Span("x".repeat(1000), false, false)), new Rect(0, 0, 55, 40), f, Palette.TEXT, TextAlign.CENTER, false);
        assertThat(lines).isEqualTo(3);
        assertThat(rec.of(Kind.TEXT)).allSatisfy(t -> assertThat(new Rect(0, 0, 55, 40).contains(t.box())).isTrue());
    }

    @Test
    void centresVerticallyWhenAsked() {
        text.paragraph(List.of(new Span("mid", false, false)), new Rect(0, 0, 100, 100), f, Palette.TEXT, TextAlign.CENTER, true);
        Prim t = rec.of(Kind.TEXT).getFirst();
        assertThat(t.box().centerY()).isCloseTo(50, org.assertj.core.data.Offset.offset(1.0));
        assertThat(t.box().centerX()).isCloseTo(50, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void estimatesWidths() {
        assertThat(TextMetrics.estimateWidth("abcd", Font.of(10))).isEqualTo(22);
        assertThat(TextMetrics.estimateWidth("abcd", Font.of(10).bold(true))).isEqualTo(24);
        assertThat(TextMetrics.estimateWidth("日本", Font.of(10))).isEqualTo(20);
        assertThat(TextMetrics.estimateWidth("e\u0301", Font.of(10))).isEqualTo(5.5);
        assertThat(TextMetrics.estimateWidth("", Font.of(10))).isZero();
    }

    @Test
    void glyphsCoverTheCommonIconNames() {
        for (String name : List.of("search", "user", "home", "settings", "bell", "heart", "star", "mail", "close", "menu", "plus",
                "arrow-left", "arrow-right", "arrow-up", "arrow-down", "check", "calendar", "trash", "edit", "gear", "x")) {
            assertThat(Glyphs.canonical(name)).as(name).isNotNull();
            RecordingPainter p = new RecordingPainter();
            Glyphs.draw(p, name, new Rect(5, 5, 24, 24), Palette.INK, false);
            assertThat(p.of(Kind.TEXT)).as(name).isEmpty();
            ControlRendererTest.assertInside(p, new Rect(5, 5, 24, 24));
        }
        RecordingPainter unknown = new RecordingPainter();
        Glyphs.draw(unknown, "zebra", new Rect(0, 0, 24, 24), Palette.INK, false);
        assertThat(unknown.texts()).containsExactly("Z");
        assertThat(unknown.of(Kind.ELLIPSE)).hasSize(1);
    }

    @Test
    void initialsOfNames() {
        assertThat(MediaDrawings.initials("Ada Lovelace")).isEqualTo("AL");
        assertThat(MediaDrawings.initials("  lin  ")).isEqualTo("L");
        assertThat(MediaDrawings.initials("Jean Paul Sartre")).isEqualTo("JP");
        assertThat(MediaDrawings.initials("")).isEmpty();
    }
}
