"""Importing one module of a package without the package's ``__init__``, then the rest when asked."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_a_submodule_imports_alone_and_the_package_completes_when_a_name_is_asked(tmp_path):
    package = tmp_path / "heavy"
    package.mkdir()
    (package / "__init__.py").write_text(textwrap.dedent("""
        import sys
        sys.modules["heavy_init_ran"] = sys
        from heavy.light import Light
        from heavy import other
        VERSION = "1.0"
    """))
    (package / "light.py").write_text("class Light:\n    pass\n")
    (package / "other.py").write_text("VALUE = 2\n")
    script = textwrap.dedent("""
        import sys
        from newsquotes.corpus.submodules import submodule
        light = submodule("heavy", "light")
        assert light.Light.__module__ == "heavy.light"
        assert "heavy_init_ran" not in sys.modules and "heavy.other" not in sys.modules
        assert submodule("heavy", "light") is light
        from heavy import VERSION, Light, other  # the package's own names: its __init__ runs now, once
        assert "heavy_init_ran" in sys.modules and VERSION == "1.0" and Light is light.Light and other.VALUE == 2
        import heavy
        try:
            heavy.missing
        except AttributeError as err:
            assert "missing" in str(err)
        else:
            raise AssertionError("a name the package lacks is an AttributeError")
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert result.stdout.strip() == "ok", result.stderr
