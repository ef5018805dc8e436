"""Read an HTML form the way a browser would submit it, without Django or a browser.

The load users fill the real forms (with their CSRF token, the record's version and every
hidden field), change one value and post them back, so a write under load is the same
request a person's browser sends.
"""

from __future__ import annotations

from html.parser import HTMLParser


class _Forms(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: tuple[str, bool] | None = None
        self._select_first: str | None = None
        self._select_chosen = False
        self._option: str | None = None
        self._textarea: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v if v is not None else "") for k, v in attrs}
        if tag == "form":
            self._form = {
                "action": a.get("action", ""),
                "method": a.get("method", "get").lower(),
                "fields": [],
                "radios": {},
            }
            self.forms.append(self._form)
            return
        if self._form is None or "name" not in a or "disabled" in a:
            if tag == "option" and self._select is not None:
                self._option_start(a)
            return
        name = a["name"]
        fields = self._form["fields"]
        if tag == "input":
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind == "radio":
                self._form["radios"].setdefault(name, []).append(a.get("value", "on"))
                if "checked" in a:
                    fields.append((name, a.get("value", "on")))
                return
            if kind == "checkbox":
                if "checked" in a:
                    fields.append((name, a.get("value", "on")))
                return
            fields.append((name, a.get("value", "")))
        elif tag == "textarea":
            self._textarea = name
            self._text = []
        elif tag == "select":
            self._select = (name, "multiple" in a)
            self._select_first = None
            self._select_chosen = False

    def _option_start(self, a: dict) -> None:
        name, multiple = self._select
        value = a.get("value", "")
        if self._select_first is None:
            self._select_first = value
        if "selected" in a:
            self._form["fields"].append((name, value))
            self._select_chosen = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "textarea" and self._textarea is not None and self._form is not None:
            text = "".join(self._text)
            self._form["fields"].append((self._textarea, text.removeprefix("\n")))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            name, multiple = self._select
            if not multiple and not self._select_chosen and self._select_first is not None:
                self._form["fields"].append((name, self._select_first))
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._text.append(data)


def post_forms(html: str) -> list[dict]:
    """Every POST form of the page: ``action``, ``fields`` (name, value pairs as a browser
    would send them) and ``radios`` (each radio group's choices)."""
    parser = _Forms()
    parser.feed(html)
    return [form for form in parser.forms if form["method"] == "post"]


def form_with(html: str, field: str) -> dict | None:
    """The first POST form with a field (or radio group) of that name, or None."""
    for form in post_forms(html):
        names = {name for name, _ in form["fields"]} | set(form["radios"])
        if field in names:
            return form
    return None


def replace(fields: list[tuple[str, str]], name: str, value: str) -> list[tuple[str, str]]:
    """The pairs with ``name`` set to one value (added when absent)."""
    return [(k, v) for k, v in fields if k != name] + [(name, value)]
