package dev.blueline.model.export;

import org.junit.jupiter.api.Test;

import static dev.blueline.model.export.Markup.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A {@link Markup} tree written as JSX: React's names, uncontrolled form state, exact text. */
class JsxTest {

    private static String jsx(Markup.Builder b) {
        return Jsx.write(b.build(), 0).code();
    }

    @Test
    void attributeNamesTakeTheirReactSpelling() {
        assertThat(jsx(tag("label").cls("bl-label").attr("for", "email").text("Email")))
                .isEqualTo("<label className=\"bl-label\" htmlFor=\"email\">Email</label>");
        assertThat(jsx(tag("input").attr("readonly", "").attr("maxlength", "20").attr("autocomplete", "off")))
                .isEqualTo("<input readOnly maxLength={20} autoComplete=\"off\" />");
        assertThat(jsx(tag("td").attr("colspan", "2").attr("rowspan", "3")))
                .isEqualTo("<td colSpan={2} rowSpan={3} />");
        assertThat(jsx(tag("div").attr("tabindex", "-1").attr("role", "tab").attr("aria-selected", "true")
                .attr("aria-label", "Close").attr("data-id", "e1").attr("data-kind", "x")))
                .isEqualTo("<div tabIndex={-1} role=\"tab\" aria-selected=\"true\" aria-label=\"Close\" data-id=\"e1\" data-kind=\"x\" />");
        assertThat(jsx(tag("svg").attr("viewBox", "0 0 10 10").add(tag("path").attr("stroke-width", "2").attr("d", "M0 0L10 10"))))
                .isEqualTo("<svg viewBox=\"0 0 10 10\"><path strokeWidth=\"2\" d=\"M0 0L10 10\" /></svg>");
        assertThat(jsx(tag("div").attr("aria-valuenow", "60").attr("aria-level", "2")))
                .as("numeric ARIA props are numbers in React's types").isEqualTo("<div aria-valuenow={60} aria-level={2} />");
        assertThat(jsx(tag("input").attr("size", "007"))).as("no octal literals").isEqualTo("<input size={7} />");
    }

    @Test
    void booleanAttributesAreBare() {
        assertThat(jsx(tag("button").flag("disabled", true).text("Save"))).isEqualTo("<button disabled>Save</button>");
        assertThat(jsx(tag("input").attr("required", "required").flag("multiple", true)))
                .as("present means true, whatever the HTML value").isEqualTo("<input required multiple />");
        assertThat(jsx(tag("div").flag("data-open", true).flag("aria-hidden", true).flag("hidden", true)))
                .isEqualTo("<div data-open=\"\" aria-hidden=\"true\" hidden />");
    }

    @Test
    void formStateBecomesUncontrolledDefaults() {
        assertThat(jsx(tag("input").attr("type", "checkbox").flag("checked", true)))
                .isEqualTo("<input type=\"checkbox\" defaultChecked />");
        assertThat(jsx(tag("input").attr("type", "text").attr("value", "ada@example.com")))
                .isEqualTo("<input type=\"text\" defaultValue=\"ada@example.com\" />");
        assertThat(jsx(tag("input").attr("value", "x"))).as("no type is text").isEqualTo("<input defaultValue=\"x\" />");
        assertThat(jsx(tag("input").attr("type", "range").attr("value", "60")))
                .isEqualTo("<input type=\"range\" defaultValue=\"60\" />");
        assertThat(jsx(tag("input").attr("type", "radio").attr("value", "monthly").flag("checked", true)))
                .as("a radio's value is what it sends, not state").isEqualTo("<input type=\"radio\" value=\"monthly\" defaultChecked />");
        assertThat(jsx(tag("input").attr("type", "submit").attr("value", "Go")))
                .isEqualTo("<input type=\"submit\" value=\"Go\" />");
        assertThat(jsx(tag("textarea").attr("value", "Hi"))).isEqualTo("<textarea defaultValue=\"Hi\" />");
        assertThat(jsx(tag("textarea").attr("rows", "4").text("Write a message\u2026")))
                .as("a textarea's text is its default value").isEqualTo("<textarea rows={4} defaultValue=\"Write a message\u2026\" />");
        assertThat(jsx(tag("progress").attr("value", "60").attr("max", "100")))
                .as("not a form field").isEqualTo("<progress value=\"60\" max=\"100\" />");
    }

    @Test
    void aSelectedOptionBecomesTheSelectsDefaultValue() {
        assertThat(jsx(tag("select").attr("name", "country")
                .add(tag("option").text("Germany"))
                .add(tag("option").flag("selected", true).text("France"))
                .add(tag("option").attr("value", "it").text("Italy"))))
                .isEqualTo("""
                        <select name="country" defaultValue="France">
                          <option>Germany</option>
                          <option>France</option>
                          <option value="it">Italy</option>
                        </select>""");
        assertThat(jsx(tag("select")
                .add(tag("optgroup").attr("label", "EU").add(tag("option").attr("value", "it").flag("selected", true).text("Italy")))))
                .as("inside an optgroup, by the option's value")
                .isEqualTo("<select defaultValue=\"it\"><optgroup label=\"EU\"><option value=\"it\">Italy</option></optgroup></select>");
        assertThat(jsx(tag("select").flag("multiple", true)
                .add(tag("option").flag("selected", true).text("  A \n b "))
                .add(tag("option").text("C"))
                .add(tag("option").flag("selected", true).text("D's"))))
                .as("multiple: an array; an option's text value is stripped and collapsed")
                .contains("<select multiple defaultValue={['A b', 'D\\'s']}>");
        assertThat(jsx(tag("select").add(tag("option").text("A")))).isEqualTo("<select><option>A</option></select>");
    }

    @Test
    void styleIsAnObjectWithCamelCasedProperties() {
        assertThat(jsx(tag("div").style("margin-top", "12px").style("width", "100px").style("-webkit-line-clamp", "2")
                .style("-ms-overflow-style", "none")))
                .isEqualTo("<div style={{ marginTop: '12px', width: '100px', WebkitLineClamp: '2', msOverflowStyle: 'none' }} />");
        Jsx.Result custom = Jsx.write(tag("div").style("--accent", "#09f").style("color", "var(--accent)").build(), 0);
        assertThat(custom.code()).isEqualTo("<div style={{ '--accent': '#09f', color: 'var(--accent)' } as CSSProperties} />");
        assertThat(custom.cssProperties()).as("the file imports the type").isTrue();
        assertThat(Jsx.write(tag("div").style("color", "red").build(), 0).cssProperties()).isFalse();
        assertThat(jsx(tag("div").attr("style", "color: red; font-family: 'A B'").style("width", "1px")))
                .as("a style attribute joins the declarations")
                .isEqualTo("<div style={{ color: 'red', fontFamily: '\\'A B\\'', width: '1px' }} />");
    }

    @Test
    void hostileTextStaysTextAndReadsBackExactly() {
        String hostile = "</script>{alert(1)}<b>&amp;";
        assertThat(jsx(tag("p").text(hostile)))
                .isEqualTo("<p>&lt;/script&gt;{'{'}alert(1){'}'}&lt;b&gt;&amp;amp;</p>");
        assertThat(jsx(tag("p").text("Say \"hi\" and 'bye'"))).isEqualTo("<p>Say \"hi\" and 'bye'</p>");
        assertThat(jsx(tag("a").attr("title", "say \"hi\" & {go}").attr("href", "#/x").text("x")))
                .as("an attribute JSX would read as entities or could not quote becomes a string expression")
                .isEqualTo("<a title={'say \"hi\" & {go}'} href=\"#/x\">x</a>");
        assertThat(jsx(tag("a").attr("title", "{not code} </a>").text("x"))).isEqualTo("<a title=\"{not code} </a>\">x</a>");
    }

    @Test
    void textJsxWouldTrimOrFoldIsAStringExpression() {
        assertThat(jsx(tag("label").add(tag("input").attr("type", "checkbox")).text(" Remember me")))
                .isEqualTo("<label><input type=\"checkbox\" />{' Remember me'}</label>");
        assertThat(jsx(tag("pre").text("line 1\nline 2\t\\end"))).isEqualTo("<pre>{'line 1\\nline 2\\t\\\\end'}</pre>");
        assertThat(jsx(tag("span").text("\u00A0"))).isEqualTo("<span>{'\u00A0'}</span>");
        assertThat(jsx(tag("span").text("a\u2028b\uD800"))).isEqualTo("<span>{'a\\u2028b\\uD800'}</span>");
        assertThat(jsx(tag("span").text("Pro ").text("plan").text(""))).as("adjacent text is one text")
                .isEqualTo("<span>Pro plan</span>");
        assertThat(jsx(tag("span").text("caf\u00E9 \uD83D\uDE00"))).isEqualTo("<span>caf\u00E9 \uD83D\uDE00</span>");
    }

    @Test
    void longElementsBreakIntoIndentedLinesAttributeByAttribute() {
        Markup.Builder row = tag("div").cls("bl-row").attr("data-id", "row")
                .style("display", "flex").style("flex-direction", "row").style("margin-top", "24px")
                .style("width", "1200px").style("height", "40px");
        for (int i = 0; i < 3; i++) {
            row.add(tag("button").cls("bl-button").attr("data-id", "b" + i).style("width", "120px").text("Button " + i + " {x}"));
        }
        String code = Jsx.write(tag("main").cls("bl-screen").attr("data-id", "s").add(row).build(), 4).code();
        assertThat(code).isEqualTo("""
                    <main className="bl-screen" data-id="s">
                      <div
                        className="bl-row"
                        data-id="row"
                        style={{
                          display: 'flex',
                          flexDirection: 'row',
                          marginTop: '24px',
                          width: '1200px',
                          height: '40px',
                        }}
                      >
                        <button className="bl-button" data-id="b0" style={{ width: '120px' }}>
                          Button 0 {'{'}x{'}'}
                        </button>
                        <button className="bl-button" data-id="b1" style={{ width: '120px' }}>
                          Button 1 {'{'}x{'}'}
                        </button>
                        <button className="bl-button" data-id="b2" style={{ width: '120px' }}>
                          Button 2 {'{'}x{'}'}
                        </button>
                      </div>
                    </main>""".indent(4).stripTrailing());
        for (String line : code.split("\n")) assertThat(line.length()).isLessThanOrEqualTo(Jsx.WIDTH);
        assertThat(Jsx.write(tag("main").cls("bl-screen").attr("data-id", "s").add(row).build(), 4).code())
                .as("deterministic").isEqualTo(code);
    }

    @Test
    void aStyleTooLongForItsLineGetsALinePerDeclaration() {
        Markup.Builder b = tag("div").attr("data-id", "x");
        for (String p : new String[]{"margin-top", "margin-left", "width", "height", "min-width", "max-width", "font-size"}) {
            b.style(p, "1234px");
        }
        b.text("Long text that stays on its own line and is not joined with anything else at all");
        assertThat(jsx(b)).isEqualTo("""
                <div
                  data-id="x"
                  style={{
                    marginTop: '1234px',
                    marginLeft: '1234px',
                    width: '1234px',
                    height: '1234px',
                    minWidth: '1234px',
                    maxWidth: '1234px',
                    fontSize: '1234px',
                  }}
                >
                  Long text that stays on its own line and is not joined with anything else at all
                </div>""");
    }

    @Test
    void componentsAreNamedAndRowsGetATableBody() {
        Jsx.Result r = Jsx.write(tag("div").attr("data-id", "i1").cls("bl-component")
                .add(tag("Header")).add(tag("Badge")).add(tag("Header")).build(), 0);
        assertThat(r.code()).isEqualTo("<div data-id=\"i1\" className=\"bl-component\"><Header /><Badge /><Header /></div>");
        assertThat(r.components()).containsExactly("Badge", "Header");

        assertThat(jsx(tag("table").add(tag("thead").add(tag("tr").add(tag("th").text("Name"))))
                .add(tag("tr").add(tag("td").text("Ada"))).add(tag("tr").add(tag("td").text("Lin")))))
                .isEqualTo("""
                        <table>
                          <thead><tr><th>Name</th></tr></thead>
                          <tbody><tr><td>Ada</td></tr><tr><td>Lin</td></tr></tbody>
                        </table>""");
    }

    @Test
    void longDataUrlsBecomeConstantsOncePerUrl() {
        String url = "data:image/svg+xml;base64," + "A".repeat(300);
        Jsx.Result r = Jsx.write(tag("div").add(tag("img").attr("src", url).attr("alt", "Chart"))
                .add(tag("video").attr("poster", url)).add(tag("img").attr("src", "data:image/png;base64,AAAA")).build(), 0);
        assertThat(r.code()).isEqualTo("""
                <div>
                  <img src={picture1} alt="Chart" />
                  <video poster={picture1} />
                  <img src="data:image/png;base64,AAAA" />
                </div>""");
        assertThat(r.constants()).containsExactly(org.assertj.core.api.Assertions.entry("picture1", url));
    }

    @Test
    void eventHandlersAreLeftOutAndBadNamesRefused() {
        assertThat(jsx(tag("button").attr("onclick", "alert(1)").text("x"))).isEqualTo("<button>x</button>");
        assertThatThrownBy(() -> jsx(tag("div").attr("a b", "x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jsx(tag("di v"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textOnItsOwnLineIsReadBackWithoutItsIndentation() {
        Markup.Builder p = tag("p").attr("data-id", "para-with-a-long-id-so-the-line-breaks-somewhere-here")
                .style("width", "400px").style("margin-top", "12px");
        p.text("Sketch the idea first. Use ").add(tag("strong").text("stars")).text(" for bold & {braces}.");
        assertThat(jsx(p)).isEqualTo("""
                <p
                  data-id="para-with-a-long-id-so-the-line-breaks-somewhere-here"
                  style={{ width: '400px', marginTop: '12px' }}
                >
                  {'Sketch the idea first. Use '}
                  <strong>stars</strong>
                  {' for bold & {braces}.'}
                </p>""");
    }
}
