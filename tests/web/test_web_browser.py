"""The UI in a real browser: Debian's chromium driven by Playwright against a real server.

Every page visited must load nothing from elsewhere, break no rule of the content security
policy and open no dialog; screenshots of the main pages go to ``build/screenshots/``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.web.conftest import CHROMIUM, SCREENSHOTS, XSS_TITLE_START

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is absent: the browser tests drive Debian's chromium (apt install chromium)",
                allow_module_level=True)

from playwright.sync_api import Browser, Page, sync_playwright

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


class Watch:
    """What a page did that it must not: requests elsewhere, CSP violations, dialogs, script errors."""

    def __init__(self, page: Page, base: str) -> None:
        self.foreign: list[str] = []
        self.console: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda r: None if r.url.startswith(base) else self.foreign.append(r.url))
        page.on("console", lambda m: self.console.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: self.console.append(str(e)))

        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)

    def assert_clean(self) -> None:
        assert not self.foreign, self.foreign
        assert not self.dialogs, self.dialogs
        assert not self.console, self.console


@pytest.fixture()
def page(browser: Browser, live_url: str) -> Iterator[tuple[Page, Watch]]:
    context = browser.new_context(base_url=live_url, viewport={"width": 1280, "height": 900}, locale="vi-VN")
    opened = context.new_page()
    watch = Watch(opened, live_url)
    yield opened, watch
    watch.assert_clean()
    context.close()


def shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def hit_ids(page: Page) -> list[str]:
    return [str(page.locator("li.hit").nth(i).get_attribute("data-id")) for i in range(page.locator("li.hit").count())]


def test_home_page(page: tuple[Page, Watch]) -> None:
    tab, _ = page
    tab.goto("/")
    assert tab.locator("h1").inner_text() == "Tổng quan kho tin"
    assert tab.locator("tr.silent").count() >= 1
    shot(tab, "home")


def test_search_with_and_without_accents_finds_the_same(page: tuple[Page, Watch]) -> None:
    tab, _ = page
    tab.goto("/")
    tab.fill("form.quick input[name=q]", "Đà Nẵng")
    tab.click("form.quick button")
    tab.wait_for_url("**/search?q=*")
    accented, accented_total = hit_ids(tab), tab.locator("h1.count").inner_text()
    assert accented and tab.locator("li.hit mark").count() > 0
    shot(tab, "search")
    tab.fill("form.search input[name=q]", "da nang")
    tab.press("form.search input[name=q]", "Enter")
    tab.wait_for_url("**/search?q=da+nang*")
    assert sorted(hit_ids(tab)) == sorted(accented)
    assert tab.locator("h1.count").inner_text() == accented_total
    assert "Đà Nẵng" in tab.locator("li.hit mark").all_inner_texts()  # marked as written


def test_a_facet_click_narrows_the_results(page: tuple[Page, Watch]) -> None:
    tab, _ = page
    tab.goto("/search?q=tinh+uy")
    total = tab.locator("h1.count").inner_text()
    facet = tab.locator("section.facet[data-facet=places] li").first
    name = facet.locator("a").inner_text()
    count = facet.locator(".count").inner_text()
    facet.locator("a").click()
    tab.wait_for_url("**place=*")
    assert tab.locator("h1.count").inner_text().startswith(f"{count} bài") and total != tab.locator("h1.count").inner_text()
    assert tab.locator("a.chip").inner_text().startswith(f"địa danh: {name}")
    assert tab.locator("li.hit").count() == int(count)


def test_an_article_has_its_facts_marked_with_a_legend(page: tuple[Page, Watch]) -> None:
    tab, _ = page
    tab.goto("/search?q=%22so+ket+cong+tac+tuyen+giao%22")
    tab.locator("li.hit h3 a").first.click()
    tab.wait_for_url("**/articles/*")
    text = tab.locator("article.record .text")
    for kind in ("date", "person", "organization", "place", "document", "meeting", "task"):
        assert text.locator(f"mark.{kind}").count() > 0, kind
    assert text.locator("mark.person").first.inner_text() == "Hà Văn Quyết"
    legend = tab.locator("section.legend li").all_inner_texts()
    assert any(item.startswith("Nhân vật") for item in legend) and any(item.startswith("Văn bản") for item in legend)
    assert tab.locator(".panel ul.facts-person .titles li").count() >= 2
    shot(tab, "article")
    tab.locator(".panel ul.facts-document a").first.click()
    tab.wait_for_url("**/documents/**")
    assert tab.locator("dl.register code").first.inner_text().startswith("party:")


def test_a_document_page_lists_its_citing_articles(page: tuple[Page, Watch]) -> None:
    tab, _ = page
    tab.goto("/documents")
    shot(tab, "documents")
    tab.goto("/documents/state:ND:15/2020:CP")
    citations = tab.locator("ol.timeline li")
    assert citations.count() == 2
    assert tab.locator("figure.coverage svg rect.bar").count() >= 1
    shot(tab, "document")
    title = citations.first.locator("a").inner_text()
    citations.first.locator("a").click()
    tab.wait_for_url("**/articles/*")
    assert tab.locator("article.record h1").inner_text() == title


def test_entity_and_meeting_pages(page: tuple[Page, Watch]) -> None:
    tab, _ = page
    tab.goto("/people/ha van quyet")
    assert tab.locator("h1").inner_text() == "Hà Văn Quyết"
    assert tab.locator("table.titles tbody tr").count() >= 2
    shot(tab, "person")
    tab.goto("/places/Lạng Sơn")
    shot(tab, "place")
    tab.goto("/organizations/bộ chính trị")
    shot(tab, "organization")
    tab.goto("/meetings")
    tab.locator("table.meetings tbody a").first.click()
    tab.wait_for_url("**/meetings/*")
    assert tab.locator("blockquote mark.meeting").count() == 1
    shot(tab, "meeting")


def test_the_english_switch_sticks(page: tuple[Page, Watch]) -> None:
    tab, _ = page
    tab.goto("/search?q=tinh+uy")
    tab.click("a.lang")
    tab.wait_for_url("**lang=en*")
    assert tab.locator("html").get_attribute("lang") == "en"
    assert tab.locator("h1.count").inner_text().startswith("17 articles")
    tab.click("header nav a[href='/documents']")
    assert tab.locator("h1").inner_text() == "Document register"
    tab.goto("/")
    assert tab.locator("h1").inner_text() == "The archive at a glance"
    shot(tab, "home-en")
    tab.click("a.lang")
    assert tab.locator("h1").inner_text() == "Tổng quan kho tin"


def test_the_hostile_article_is_inert(page: tuple[Page, Watch], xss_id: str) -> None:
    tab, watch = page
    tab.goto(f"/articles/{xss_id}")
    title = tab.locator("article.record h1").inner_text()
    assert title.startswith(XSS_TITLE_START) and "<script>alert(1)</script>" in title
    assert "<img src=x onerror=alert(1)>" in tab.locator("article.record").inner_text()
    assert tab.evaluate("document.querySelectorAll('script, iframe, img, svg[onload], [onerror]').length") == 0
    assert tab.title() != "hacked"
    shot(tab, "hostile-article")
    tab.goto("/search?q=ma+doc")
    assert tab.locator("li.hit").count() >= 1
    assert tab.evaluate("document.querySelectorAll('script, iframe, img, [onerror], [onload]').length") == 0
    tab.wait_for_timeout(300)  # time for a dialog to open, if anything could open one
    assert watch.dialogs == []


def test_api_docs_page_needs_nothing_from_elsewhere(page: tuple[Page, Watch]) -> None:
    tab, _ = page
    tab.goto("/docs")
    assert tab.locator("section.operation").count() >= 10
    assert "/api/v1/search" in tab.locator("main").inner_text()
    shot(tab, "api-docs")
