"""Settings' "About SafeHash and its licences": SafeHash's own licence, what the GPL parts
of an installer mean, and the inventory of every part with its licence and source
(``safehash.core.licences``, the same text as ``safehash --licences``)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit, QPushButton, QWidget

import safehash
from safehash.core.licences import as_text, load_inventory
from safehash.gui.dialogs import SafeDialog
from safehash.gui.i18n import fill
from safehash.gui.theme import set_role
from safehash.gui.widgets import labelled, named, plain_label


class AboutDialog(SafeDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, lambda: self.tr("About SafeHash and its licences"))
        self.setObjectName("aboutLicences")
        inventory = load_inventory()
        version = safehash.__version__
        self.content.addWidget(plain_label(lambda: fill(self.tr(
            "SafeHash %1 is free software under the Apache License 2.0. It includes other "
            "free software, each under its own licence. The list below, in English as the "
            "licences are written, names every part, its licence and where its source "
            "code is."), version)))  # fmt: skip
        gpl = sorted({part.name.split(" (")[0] for part in inventory.gpl_parts()})
        if gpl and inventory.origin == "bundle":
            self.content.addWidget(plain_label(lambda: fill(self.tr(
                "This installation includes parts under the GNU General Public License "
                "(%1), so SafeHash as installed here is distributed under the GPL, version "
                "3. You may share it under those terms, and you are entitled to the "
                "complete source code of every part."), ", ".join(gpl))))  # fmt: skip
        self.inventory = named(
            QPlainTextEdit(as_text(inventory)),
            lambda: self.tr("Software included, licences and sources"),
        )
        self.inventory.setReadOnly(True)
        self.inventory.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        set_role(self.inventory, "code")
        self.content.addWidget(self.inventory, 1)
        buttons = QDialogButtonBox()
        close = labelled(QPushButton(), lambda: self.tr("Close"))
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        close.setDefault(True)
        self.content.addWidget(buttons)
        self.resize(760, 560)


def show_about(parent: QWidget) -> AboutDialog:
    dialog = AboutDialog(parent)
    dialog.present()
    return dialog
