"""The desktop window: a thin Qt Widgets layer over ``safehash.core``.

Pages show and ask; workers (QObjects living in QThreads) call the core and emit signals;
nothing here hashes, decodes for hashing, or speaks HTTP itself. See README.md.
"""

from safehash.gui.refcount_guard import protect_singletons

# Before any PySide6 call: see refcount_guard.py (a PySide6 bug on CPython 3.11).
protect_singletons()
