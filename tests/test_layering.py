"""The pipeline's shape, read from the imports with ``ast`` so it holds as the code grows.

Stages only look backwards (load -> index -> plan -> render -> write -> build), and each
third-party library has one home module, so swapping it touches one file.
"""

from __future__ import annotations

import ast

import pytest
from conftest import PROJECT

PACKAGE = PROJECT / "generator"

LATER_STAGES = {
    "generator.content": ("archive", "pages", "feeds", "render", "write", "build", "cli", "serve"),
    "generator.archive": ("pages", "feeds", "render", "write", "build", "cli", "serve"),
    "generator.pages": ("render", "write", "build", "cli", "serve"),
    "generator.feeds": ("render", "write", "build", "cli", "serve"),
    "generator.render": ("write", "build", "cli", "serve"),
    "generator.write": ("build", "cli", "serve"),
    "generator.build": ("cli", "serve"),
    "generator.serve": ("build", "cli"),
    "generator.countries": ("archive", "pages", "feeds", "render", "write", "build", "cli", "serve"),
    "generator.crossrefs": ("archive", "pages", "feeds", "render", "write", "build", "cli", "serve"),
    "generator.related": ("archive", "pages", "feeds", "render", "write", "build", "cli", "serve"),
    "generator.times": ("archive", "pages", "feeds", "render", "write", "build", "cli", "serve"),
    "generator.structured": ("pages", "feeds", "render", "write", "build", "cli", "serve"),
    "generator.citations": ("pages", "feeds", "render", "write", "build", "cli", "serve"),
    "generator.reading": ("pages", "feeds", "render", "write", "build", "cli", "serve"),
    "generator.country_pages": ("render", "write", "build", "cli", "serve"),
    "generator.exports": ("write", "build", "cli", "serve"),
    "generator.search": ("write", "build", "cli", "serve"),
}
HOMES = {
    "yaml": ("generator.documents",),
    "frontmatter": ("generator.documents",),
    "markdown": ("generator.markup",),
    "nh3": ("generator.markup",),
    "jinja2": ("generator.render",),
    "livereload": ("generator.serve",),
    "watchfiles": ("generator.watch",),
    "tornado": ("generator.serve",),
    "click": ("generator.cli",),
    "pagefind_bin": ("generator.search",),
    "pagefind": ("generator.search",),
    "bs4": ("generator.ingest.html",),
}


def _modules() -> dict[str, set[str]]:
    """Each generator module's name and the modules it imports."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PROJECT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        imports: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                imports.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                imports.add(node.module)
                imports.update(f"{node.module}.{alias.name}" for alias in node.names)
        found[name] = imports
    return found


MODULES = _modules()


@pytest.mark.parametrize("module", sorted(LATER_STAGES))
def test_stages_only_import_earlier_stages(module: str) -> None:
    imports = MODULES.get(module, set())
    bad = sorted(i for i in imports for later in LATER_STAGES[module] if i == f"generator.{later}")
    assert not bad, f"{module} imports a later stage: {bad}"


@pytest.mark.parametrize("library", sorted(HOMES))
def test_each_library_has_one_home(library: str) -> None:
    users = sorted(m for m, imports in MODULES.items() if any(i == library or i.startswith(library + ".")
                                                               for i in imports))
    allowed = HOMES[library]
    assert set(users) <= set(allowed) | {m for m in users if m.startswith(allowed[0] + ".")}, users


def test_no_utils_module_and_no_print_in_the_library() -> None:
    assert not any(name.rsplit(".", 1)[-1] in ("utils", "helpers", "misc") for name in MODULES)
    for path in PACKAGE.rglob("*.py"):
        calls = [n for n in ast.walk(ast.parse(path.read_text()))
                 if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "print"]
        assert not calls, f"{path} prints; return a report and let cli.py print"
