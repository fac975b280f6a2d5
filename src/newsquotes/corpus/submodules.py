"""One module of a library, imported without the library's ``__init__``.

Some libraries' ``__init__`` imports everything they offer, so that one class costs the import of all the
rest: ``datasketch`` imports its LSH (scipy) and its Redis storage for :class:`MinHash` (0.8 s of CPU), and
``extruct`` its RDFa (rdflib) and microformat (BeautifulSoup, html5lib) readers for the JSON-LD and Open
Graph ones. :func:`submodule` imports the one module the build needs, the library's own code unchanged.

The package is registered as an empty shell, so that its modules import as usual; the first time anyone
asks the shell for a name it lacks (``from datasketch import MinHashLSH``, ``datasketch.__version__``), the
package's ``__init__`` runs in it, so the package then behaves as if it had been imported whole.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from types import ModuleType

_lock = threading.RLock()


def submodule(package: str, name: str) -> ModuleType:
    """The module ``package.name``, imported without running ``package/__init__.py`` if it has not run."""
    full = f"{package}.{name}"
    if full in sys.modules:
        return sys.modules[full]
    with _lock:
        if package not in sys.modules:
            sys.modules[package] = _shell(package)
    return importlib.import_module(full)


def _shell(package: str) -> ModuleType:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.submodule_search_locations is None:
        raise ModuleNotFoundError(f"no package named {package!r}", name=package)
    shell = importlib.util.module_from_spec(spec)

    def complete(attribute: str):
        with _lock:
            if shell.__dict__.pop("__getattr__", None) is not None:  # once, and never while it runs
                spec.loader.exec_module(shell)
        try:
            return shell.__dict__[attribute]
        except KeyError:
            raise AttributeError(f"module {package!r} has no attribute {attribute!r}") from None

    shell.__getattr__ = complete
    return shell
