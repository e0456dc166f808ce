# Stands in for PyInstaller's own pyi_rth_pyside6 (build/safehash.spec swaps them): the same
# environment for Qt, but Qt's embedded qt.conf is registered when PySide6.QtCore is first
# imported instead of at every start. The original imports QtCore (Qt and ICU, 40 MB) in
# every process: `safehash --version`, `safehash hash` and each file reader, none of which
# uses Qt, paid about 50 ms for it.


def _pyi_rthook():
    import importlib.abc
    import importlib.util
    import os
    import sys

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    if sys.platform.startswith("win"):
        pyqt_path = os.path.join(sys._MEIPASS, "PySide6")
    else:
        pyqt_path = os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(pyqt_path, "plugins")
    if is_macos_app_bundle:
        pyqt_path_res = os.path.normpath(
            os.path.join(sys._MEIPASS, "..", "Resources", os.path.relpath(pyqt_path, sys._MEIPASS))
        )
        os.environ["QML2_IMPORT_PATH"] = os.pathsep.join(
            [os.path.join(pyqt_path_res, "qml"), os.path.join(pyqt_path, "qml")]
        )
    else:
        os.environ["QML2_IMPORT_PATH"] = os.path.join(pyqt_path, "qml")
    if sys.platform.startswith("win"):
        prepend_path_to_environment_variable(sys._MEIPASS, "PATH")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(sys._MEIPASS, "DYLD_LIBRARY_PATH")

    class _QtConfAfterQtCore(importlib.abc.MetaPathFinder):
        """Registers qt.conf right after PySide6.QtCore is loaded, then steps aside."""

        def find_spec(self, name, path=None, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            load = spec.loader.exec_module

            def exec_module(module):
                load(module)
                qt_rth_utils.create_embedded_qt_conf("PySide6", pyqt_path)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, _QtConfAfterQtCore())


_pyi_rthook()
del _pyi_rthook
