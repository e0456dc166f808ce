"""The desktop window: a thin Qt Widgets layer over ``safehash.core``.

Pages show and ask; workers (QObjects living in QThreads) call the core and emit signals;
nothing here hashes, decodes for hashing, or speaks HTTP itself. See README.md.
"""
