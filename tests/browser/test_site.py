"""Every page of the built site, in a real browser."""

import re
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

import pytest
from pages import CATALOGS, DOCS, PAGES, SITE
from site_pages import loaded_snippets, split_snippet

NAMES = [page.stem for page in PAGES]
EDITIONS = ["", "zh_CN/"]  # the English site and, in a folder of it, the Chinese edition


def snippet_codes(name):
    return [split_snippet(path.read_text())[2].strip()
            for path in loaded_snippets(DOCS / f"{name}.md")]


@pytest.mark.parametrize("edition", EDITIONS, ids=["en", "zh_CN"])
@pytest.mark.parametrize("name", NAMES)
def test_page_in_browser(page, site_url, name, edition):
    page.goto(site_url + f"{edition}{name}.html", wait_until="networkidle")

    # Copy buttons: each code cell copies exactly its snippet's code; outputs have none.
    assert page.locator(".cell_output button.copybtn").count() == 0
    buttons = page.locator(".cell_input button.copybtn")
    copied = []
    for i in range(buttons.count()):
        buttons.nth(i).click(force=True)
        copied.append(page.evaluate("navigator.clipboard.readText()").strip())
    assert copied == snippet_codes(name)

    # Images load and say what they show.
    for image in page.locator("article img").all():
        assert image.evaluate("img => img.complete && img.naturalWidth > 0"), image.get_attribute("src")
        assert (image.get_attribute("alt") or "").strip(), image.get_attribute("src")

    # Nothing is fetched from another host, and nothing fails in the console.
    hosts = {urlsplit(url).hostname for url in page.requests if not url.startswith(("data:", "blob:"))}
    assert hosts == {"127.0.0.1"}
    assert page.errors == []


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        for key in ("href", "src"):
            if tag in ("a", "img", "link", "script") and attrs.get(key):
                self.hrefs.append(attrs[key])


def parsed(path):
    links = Links()
    links.feed(path.read_text(encoding="utf-8"))
    return links


def test_every_internal_link_resolves():
    broken = []
    for html in SITE.rglob("*.html"):
        if html.name == "404.html":  # its links are absolute to the site root, checked by prefix
            continue
        for href in parsed(html).hrefs:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc:  # another site, or mailto:
                continue
            target = (html.parent / unquote(parts.path)).resolve() if parts.path else html
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{html.relative_to(SITE)} -> {href}")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in parsed(target).ids:
                broken.append(f"{html.relative_to(SITE)} -> {href}")
    assert broken == []


def test_search_finds_a_word_on_only_one_page(page, site_url):
    word = "Udacity"
    assert [p.stem for p in PAGES if word.lower() in p.read_text().lower()] == ["10-resources"]
    page.goto(site_url + f"search.html?q={word}")
    page.wait_for_selector("#search-results li a", timeout=15000)
    results = page.locator("#search-results li a").evaluate_all("links => links.map(a => a.href)")
    assert any("10-resources.html" in href for href in results), results


def test_chinese_edition_translates_every_title():
    """A title the catalogs failed to translate (e.g. parsed as a list) shows up here."""
    untranslated = [name for name in NAMES
                    if not re.search(r"<h1>[^<]*[\u4e00-\u9fff]",
                                     (SITE / "zh_CN" / f"{name}.html").read_text(encoding="utf-8"))]
    assert untranslated == []


def test_chinese_search_finds_a_word_on_only_one_page(page, site_url):
    word = "齿轮"  # "gear", from the original's first paragraph; jieba segments the index
    hits = [p.stem for p in CATALOGS.glob("*.po") if word in p.read_text(encoding="utf-8")]
    assert hits == ["01-introduction"]
    page.goto(site_url + f"zh_CN/search.html?q={word}")
    page.wait_for_selector("#search-results li a", timeout=15000)
    results = page.locator("#search-results li a").evaluate_all("links => links.map(a => a.href)")
    assert any("zh_CN/01-introduction.html" in href for href in results), results


def test_editions_link_to_each_other(page, site_url):
    page.goto(site_url + "04-linear-regression.html")
    page.locator("a.edition-link").click()
    assert page.url.endswith("zh_CN/04-linear-regression.html")
    assert "4.1 问题建模" in page.locator("article").inner_text()
    page.locator("a.edition-link").click()
    assert page.url == site_url + "04-linear-regression.html"


def test_theme_toggle_switches_light_and_dark(page, site_url):
    page.goto(site_url + "index.html")
    seen = {}
    for _ in range(3):  # Furo cycles auto -> dark -> light (or auto -> light -> dark)
        page.locator(".theme-toggle >> visible=true").first.click()
        theme = page.evaluate("document.body.dataset.theme")
        seen[theme] = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert {"dark", "light"} <= set(seen)
    luminance = lambda rgb: sum(int(v) for v in re.findall(r"\d+", rgb)[:3])  # noqa: E731
    assert luminance(seen["dark"]) < 200 < luminance(seen["light"])


def test_figures_have_an_opaque_background():
    """Readable in dark mode too: no transparent PNG with dark text on it."""
    from PIL import Image

    figures = sorted((SITE / "_images").glob("*.png"))
    assert figures, "the site has figures (section 4.3 at least)"
    for figure in figures:
        image = Image.open(figure).convert("RGBA")
        corners = [image.getpixel((x, y)) for x in (0, image.width - 1) for y in (0, image.height - 1)]
        assert all(alpha == 255 for *_, alpha in corners), figure.name
