<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../client/safehash/gui/about.py" line="+19"/>
        <source>About SafeHash and its licences</source>
        <translation>Über SafeHash und seine Lizenzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash %1 is free software under the Apache License 2.0. It includes other free software, each under its own licence. The list below, in English as the licences are written, names every part, its licence and where its source code is.</source>
        <translation>SafeHash %1 ist freie Software unter der Apache-Lizenz 2.0. Es enthält weitere freie Software, jede unter ihrer eigenen Lizenz. Die Liste unten nennt – auf Englisch, wie die Lizenzen geschrieben sind – jeden Teil, seine Lizenz und wo sein Quellcode zu finden ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This installation includes parts under the GNU General Public License (%1), so SafeHash as installed here is distributed under the GPL, version 3. You may share it under those terms, and you are entitled to the complete source code of every part.</source>
        <translation>Diese Installation enthält Teile unter der GNU General Public License (%1), daher wird SafeHash, so wie es hier installiert ist, unter der GPL, Version 3, verbreitet. Sie dürfen es unter diesen Bedingungen weitergeben und haben Anspruch auf den vollständigen Quellcode jedes Teils.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Software included, licences and sources</source>
        <translation>Enthaltene Software, Lizenzen und Quellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>AddPhotosPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/add_photos.py" line="+92"/>
        <source>Choose a folder…</source>
        <translation>Ordner auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Ordner auswählen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading progress</source>
        <translation>Fortschritt beim Lesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Add the photos and videos you want to protect: drag them, or whole folders, onto this window, or choose them below. Nothing is shown here unless you ask to see it, and videos are never played.</source>
        <translation>Fügen Sie die Fotos und Videos hinzu, die Sie schützen möchten: Ziehen Sie sie (oder ganze Ordner) auf dieses Fenster, oder wählen Sie sie unten aus. Hier wird nichts angezeigt, außer Sie möchten es sehen, und Videos werden nie abgespielt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose photos or videos…</source>
        <translation>Fotos oder Videos auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photos or videos</source>
        <translation>Fotos oder Videos auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick photos and videos on this computer</source>
        <translation>Öffnet ein Fenster, um Fotos und Videos auf diesem Computer auszuwählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds every photo and video in a folder</source>
        <translation>Fügt alle Fotos und Videos eines Ordners hinzu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste copied photos or videos</source>
        <translation>Kopierte Fotos oder Videos einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds photos and videos you copied in your file manager, or a picture you copied (%1)</source>
        <extracomment>%1 is the paste shortcut, Ctrl+V on most computers.</extracomment>
        <translation>Fügt Fotos und Videos hinzu, die Sie im Dateimanager kopiert haben, oder ein kopiertes Bild (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You can also drop photos, videos or folders anywhere on this window.</source>
        <translation>Sie können Fotos, Videos oder Ordner auch irgendwo auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop reading</source>
        <translation>Lesen anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and videos not read yet are taken off the list</source>
        <translation>Noch nicht gelesene Fotos und Videos werden von der Liste genommen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your photos and videos</source>
        <translation>Ihre Fotos und Videos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of each photo and video, and what happened to it</source>
        <translation>Der Name jedes Fotos und Videos und was damit geschehen ist</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show a still of this video</source>
        <translation>Standbild dieses Videos zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this photo</source>
        <translation>Dieses Foto zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows one still picture from the selected video in a separate window; the video is not played, and nothing is saved</source>
        <translation>Zeigt ein Standbild des ausgewählten Videos in einem eigenen Fenster; das Video wird nicht abgespielt, und nichts wird gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the selected photo in a separate window; it is not saved</source>
        <translation>Zeigt das ausgewählte Foto in einem eigenen Fenster; es wird nicht gespeichert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected photos and videos</source>
        <translation>Ausgewählte Fotos und Videos entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the selected photos and videos off the list (the files are not touched)</source>
        <translation>Nimmt die ausgewählten Fotos und Videos von der Liste (die Dateien bleiben unverändert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear all photos and videos</source>
        <translation>Alle Fotos und Videos entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes every photo and video off the list (the files are not touched)</source>
        <translation>Nimmt alle Fotos und Videos von der Liste (die Dateien bleiben unverändert)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing to paste: the clipboard is empty. Copy photos or videos in your file manager, or copy a picture, then paste again.</source>
        <translation>Nichts zum Einfügen: Die Zwischenablage ist leer. Kopieren Sie Fotos oder Videos im Dateimanager oder ein Bild und fügen Sie dann erneut ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds text, not photos or videos, so nothing was added.</source>
        <translation>Die Zwischenablage enthält Text, keine Fotos oder Videos, daher wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading photos and videos: %1 of %2 done</source>
        <translation>Fotos und Videos werden gelesen: %1 von %2 fertig</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No photos or videos added yet.</source>
        <translation>Noch keine Fotos oder Videos hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n video(s) ready.</source>
        <translation>
            <numerusform>%n Video bereit.</numerusform>
            <numerusform>%n Videos bereit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n folder(s) could not be opened. Photos and videos inside were not added; the list shows which folder(s).</source>
        <translation>
            <numerusform>%n Ordner konnte nicht geöffnet werden. Die Fotos und Videos darin wurden nicht hinzugefügt; die Liste zeigt, welcher.</numerusform>
            <numerusform>%n Ordner konnten nicht geöffnet werden. Die Fotos und Videos darin wurden nicht hinzugefügt; die Liste zeigt, welche.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add your photos and videos</source>
        <translation>Ihre Fotos und Videos hinzufügen</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This picture is on the list already.</source>
        <translation>Dieses Bild ist schon in der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copied picture was added as “%1”. It is read from memory and never saved anywhere.</source>
        <extracomment>%1 is the name it gets in the list: &quot;Pasted picture 1&quot;.</extracomment>
        <translation>Das kopierte Bild wurde als „%1“ hinzugefügt. Es wird aus dem Arbeitsspeicher gelesen und nirgends gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard names files that are not on this computer (or no longer there), so nothing was added.</source>
        <translation>Die Zwischenablage nennt Dateien, die nicht (oder nicht mehr) auf diesem Computer sind, daher wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a web address, not a photo on this computer. Save the photo first, then add the file.</source>
        <translation>Die Zwischenablage enthält eine Webadresse, kein Foto auf diesem Computer. Speichern Sie das Foto zuerst und fügen Sie dann die Datei hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a picture in a form SafeHash cannot read safely. Save it as a file first, then add the file.</source>
        <translation>Die Zwischenablage enthält ein Bild in einer Form, die SafeHash nicht sicher lesen kann. Speichern Sie es zuerst als Datei und fügen Sie dann die Datei hinzu.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n photo(s) ready.</source>
        <translation>
            <numerusform>%n Foto bereit.</numerusform>
            <numerusform>%n Fotos bereit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n with too little detail.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the photos and videos have too little detail.</extracomment>
        <translation>
            <numerusform>%n mit zu wenig Details.</numerusform>
            <numerusform>%n mit zu wenig Details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be read.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the files could not be read.</extracomment>
        <translation>
            <numerusform>%n konnte nicht gelesen werden.</numerusform>
            <numerusform>%n konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../client/safehash/gui/app.py" line="+95"/>
        <source>%1

Details for the organisation: %2</source>
        <translation>%1

Details für die Organisation: %2</translation>
    </message>
</context>
<context>
    <name>BankWords</name>
    <message>
        <location filename="../../client/safehash/gui/bank_words.py" line="+33"/>
        <source>the practice bank on this computer</source>
        <extracomment>The practice bank, inside sentences such as &quot;3 photos will be sent as fingerprints to %1.&quot; Use the glossary&apos;s word for &quot;practice bank&quot;.</extracomment>
        <translation>die Übungsdatenbank auf diesem Computer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the practice bank on this computer: nothing leaves this computer, and practice cases last only until SafeHash closes. Their case tokens do not work after that.</source>
        <translation>Dies ist die Übungsdatenbank auf diesem Computer: Nichts verlässt diesen Computer, und Übungsfälle gibt es nur, bis SafeHash geschlossen wird. Danach funktionieren ihre Fallschlüssel nicht mehr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A practice case cannot be remembered: it ends when SafeHash closes.</source>
        <translation>Ein Übungsfall kann nicht gemerkt werden: Er endet, wenn SafeHash geschlossen wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The practice bank does not know this case. Practice cases last only until SafeHash closes, so a case from an earlier time is gone; please open a new practice case.</source>
        <translation>Die Übungsdatenbank kennt diesen Fall nicht. Übungsfälle gibt es nur, bis SafeHash geschlossen wird, ein Fall von einem früheren Mal ist also nicht mehr da. Bitte öffnen Sie einen neuen Übungsfall.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case.py" line="+53"/>
        <source>A case token links these fingerprints to your case, so that you or your support worker can check or withdraw them later.</source>
        <translation>Der Fallschlüssel verbindet diese Fingerabdrücke mit Ihrem Fall, damit Sie oder Ihre Beratungsperson sie später prüfen oder zurückziehen können.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have a case token</source>
        <translation>Ich habe einen Fallschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case token</source>
        <translation>Fallschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste the case token your support worker gave you</source>
        <translation>Geben Sie den Fallschlüssel ein, den Ihre Beratungsperson Ihnen gegeben hat, oder fügen Sie ihn ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a new case</source>
        <translation>Einen neuen Fall eröffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new case now</source>
        <translation>Jetzt einen neuen Fall eröffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the hash bank for a new case and shows its token once</source>
        <translation>Bittet die Hash-Datenbank um einen neuen Fall und zeigt seinen Schlüssel ein einziges Mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your new case token</source>
        <translation>Ihr neuer Fallschlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the case token</source>
        <translation>Fallschlüssel kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the token so you can paste it somewhere safe</source>
        <translation>Kopiert den Schlüssel, damit Sie ihn an einem sicheren Ort einfügen können</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to a file…</source>
        <translation>In einer Datei speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the case token to a file</source>
        <translation>Fallschlüssel in einer Datei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this token down or save it now: SafeHash shows it only this once.</source>
        <translation>Schreiben Sie diesen Schlüssel jetzt auf oder speichern Sie ihn: SafeHash zeigt ihn nur dieses eine Mal.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remember this case on this computer</source>
        <translation>Diesen Fall auf diesem Computer merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is kept in this computer&apos;s password store, so you can check your case later without typing it. Anyone who can use this computer account may be able to find it. If you share this computer, leave this off.</source>
        <translation>Der Schlüssel wird im Passwortspeicher dieses Computers aufbewahrt, damit Sie Ihren Fall später prüfen können, ohne ihn einzugeben. Wer dieses Benutzerkonto verwenden kann, könnte ihn finden. Wenn Sie diesen Computer mit anderen teilen, lassen Sie diese Option aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The case is forgotten when SafeHash closes.</source>
        <extracomment>%1 is a whole sentence saying that there is no secure password store.</extracomment>
        <translation>%1 Der Fall wird vergessen, wenn SafeHash geschlossen wird.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your case</source>
        <translation>Ihr Fall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opening a new case…</source>
        <translation>Neuer Fall wird eröffnet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. SafeHash empties the clipboard again at Quick exit.</source>
        <translation>Kopiert. SafeHash leert die Zwischenablage beim schnellen Verlassen wieder.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the case token</source>
        <translation>Fallschlüssel speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash case token: %1</source>
        <extracomment>The one line written in a saved token file.</extracomment>
        <translation>SafeHash-Fallschlüssel: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your new case is open.</source>
        <translation>Ihr neuer Fall ist eröffnet.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Letters and numbers only; dashes are optional.</source>
        <translation>Nur Buchstaben und Ziffern; Bindestriche sind freiwillig.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This case token looks right.</source>
        <translation>Dieser Fallschlüssel sieht richtig aus.</translation>
    </message>
</context>
<context>
    <name>CaseStatusPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case_status.py" line="+53"/>
        <source>See what the hash bank holds for your case, or ask it to delete the fingerprints. You need the case reference (it is on your receipt) and your case token.</source>
        <translation>Sehen Sie, was die Hash-Datenbank zu Ihrem Fall gespeichert hat, oder bitten Sie sie, die Fingerabdrücke zu löschen. Sie brauchen dafür die Fallreferenz (sie steht auf Ihrer Quittung) und Ihren Fallschlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Case reference</source>
        <translation>Fallreferenz</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>From your receipt</source>
        <translation>Von Ihrer Quittung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Case token</source>
        <translation>Fallschlüssel</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hidden as it is typed; “Show” shows it</source>
        <translation>Beim Tippen verborgen; „Anzeigen“ zeigt ihn</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+91"/>
        <source>Show the case token</source>
        <translation>Fallschlüssel anzeigen</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open a saved receipt…</source>
        <translation>Gespeicherte Quittung öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Open a saved receipt</source>
        <translation>Gespeicherte Quittung öffnen</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Fills in the case reference from a receipt you saved</source>
        <translation>Übernimmt die Fallreferenz aus einer Quittung, die Sie gespeichert haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check status</source>
        <translation>Status prüfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sendings in this case</source>
        <translation>Sendungen in diesem Fall</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw this sending…</source>
        <translation>Diese Sendung zurückziehen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected sending</source>
        <translation>Ausgewählte Sendung zurückziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw the whole case…</source>
        <translation>Den ganzen Fall zurückziehen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the whole case</source>
        <translation>Den ganzen Fall zurückziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the bank to delete every fingerprint in it</source>
        <translation>Bittet die Datenbank, alle Fingerabdrücke darin zu löschen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check or withdraw a case</source>
        <translation>Fall prüfen oder zurückziehen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the case token</source>
        <translation>Fallschlüssel verbergen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please enter the case reference from your receipt.</source>
        <translation>Bitte geben Sie die Fallreferenz von Ihrer Quittung ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is not a SafeHash receipt.</source>
        <translation>Diese Datei ist keine SafeHash-Quittung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt opened. Now enter the case token of this case.</source>
        <translation>Quittung geöffnet. Geben Sie jetzt den Fallschlüssel dieses Falls ein.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This case is open. Nothing has been sent to it yet.</source>
        <translation>Dieser Fall ist offen. Es wurde noch nichts dafür gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is open, but the bank holds none of its fingerprints: every sending below was withdrawn.</source>
        <translation>Dieser Fall ist offen, aber die Datenbank hat keinen seiner Fingerabdrücke mehr: Jede Sendung unten wurde zurückgezogen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case is open. The bank holds fingerprints of %1 in it.</source>
        <extracomment>%1 counts what the bank holds: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>Dieser Fall ist offen. Die Datenbank hat darin die Fingerabdrücke von %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 %n sending(s) below were withdrawn.</source>
        <extracomment>%1 is the sentence &quot;This case is open. The bank holds fingerprints of 3 photos in it.&quot;</extracomment>
        <translation>
            <numerusform>%1 %n Sendung unten wurde zurückgezogen.</numerusform>
            <numerusform>%1 %n Sendungen unten wurden zurückgezogen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent %1: %2 held (reference %3)</source>
        <extracomment>One sending in the case: %1 a date and time, %2 what the bank holds of it (&quot;3 photos and 1 video&quot;), %3 its reference code.</extracomment>
        <translation>Gesendet am %1: Fingerabdrücke von %2 gespeichert (Referenz %3)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The bank will delete these fingerprints. Platforms will no longer be able to match copies of these photos and videos.</source>
        <translation>Die Datenbank löscht diese Fingerabdrücke. Plattformen können dann keine Kopien dieser Fotos und Videos mehr erkennen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Withdraw the case</source>
        <translation>Fall zurückziehen</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Asking the hash bank…</source>
        <translation>Die Hash-Datenbank wird gefragt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This case was withdrawn: the bank deleted its fingerprints.</source>
        <translation>Dieser Fall wurde zurückgezogen: Die Datenbank hat seine Fingerabdrücke gelöscht.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent %1: withdrawn (reference %2)</source>
        <extracomment>One withdrawn sending: %1 a date and time, %2 its reference code.</extracomment>
        <translation>Gesendet am %1: zurückgezogen (Referenz %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Withdrawn: the bank confirmed that it deleted these fingerprints.</source>
        <translation>Zurückgezogen: Die Datenbank hat bestätigt, dass sie diese Fingerabdrücke gelöscht hat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdraw this sending?</source>
        <translation>Diese Sendung zurückziehen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Withdraw the whole case?</source>
        <translation>Den ganzen Fall zurückziehen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank will delete every fingerprint in this case, and nothing more can be sent to it.</source>
        <translation>Die Datenbank löscht alle Fingerabdrücke dieses Falls, und es kann nichts mehr dazu gesendet werden.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/check.py" line="+44"/>
        <source>For each photo, SafeHash sends</source>
        <translation>Für jedes Foto sendet SafeHash</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This bank takes only file fingerprints of videos: they find exact copies of a video, not one that was shortened or saved again.</source>
        <translation>Diese Datenbank nimmt von Videos nur Datei-Fingerabdrücke an: Sie finden genaue Kopien eines Videos, aber keines, das gekürzt oder neu gespeichert wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each video, SafeHash sends</source>
        <translation>Für jedes Video sendet SafeHash</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also sent, and never sent</source>
        <translation>Was außerdem gesendet wird und was nie</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+90"/>
        <source>Show exactly what will be sent</source>
        <translation>Genau zeigen, was gesendet wird</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Shows the message SafeHash will send to the bank, word for word</source>
        <translation>Zeigt Wort für Wort die Nachricht, die SafeHash an die Datenbank sendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly what will be sent</source>
        <translation>Genau das wird gesendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the whole message. The case token travels with it as a password (it is not shown here), and the reference below as its label.</source>
        <translation>Das ist die ganze Nachricht. Der Fallschlüssel wird wie ein Passwort mitgeschickt (er wird hier nicht gezeigt), die Referenz unten als ihre Kennzeichnung.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Also sent: your case token, which shows the bank these photos and videos belong to your case, and a random reference so that sending twice stores them only once.</source>
        <translation>Außerdem gesendet: Ihr Fallschlüssel, der der Datenbank zeigt, dass diese Fotos und Videos zu Ihrem Fall gehören, und eine zufällige Referenz, damit eine doppelte Sendung nur einmal gespeichert wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never sent: the photos and videos themselves, their names, where they are on this computer, or when they were taken.</source>
        <translation>Nie gesendet: die Fotos und Videos selbst, ihre Namen, wo sie auf diesem Computer liegen oder wann sie aufgenommen wurden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave out the photos and videos with too little detail</source>
        <translation>Fotos und Videos mit zu wenig Details weglassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They may not be recognised by platforms</source>
        <translation>Plattformen erkennen sie vielleicht nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too little detail</source>
        <translation>Zu wenig Details</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These photos and videos are of me, or I am allowed to act for the person in them.</source>
        <translation>Diese Fotos und Videos zeigen mich, oder ich darf für die Person darauf handeln.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I confirm these photos and videos are of me, or that I may act for the person in them</source>
        <translation>Ich bestätige, dass diese Fotos und Videos mich zeigen oder dass ich für die Person darauf handeln darf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your confirmation</source>
        <translation>Ihre Bestätigung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check what will be sent</source>
        <translation>Prüfen, was gesendet wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the hash bank what it accepts…</source>
        <translation>Die Hash-Datenbank wird gefragt, was sie annimmt…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The hash bank could not be asked yet: %1 This is checked again when sending.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>Die Hash-Datenbank konnte noch nicht gefragt werden: %1 Das wird beim Senden noch einmal geprüft.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hide the exact message</source>
        <translation>Genaue Nachricht ausblenden</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>SafeHash will send the fingerprints of %1 to %2.</source>
        <extracomment>%1 counts what is sent: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;; %2 is the name of the hash bank.</extracomment>
        <translation>SafeHash sendet die Fingerabdrücke von %1 an %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n photo(s) will be sent as fingerprints to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n Foto wird als Fingerabdruck an %1 gesendet.</numerusform>
            <numerusform>%n Fotos werden als Fingerabdrücke an %1 gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A picture fingerprint (PDQ), which still matches after a photo is resized or re-saved.</source>
        <translation>Ein Bild-Fingerabdruck (PDQ), der auch dann noch passt, wenn ein Foto verkleinert oder neu gespeichert wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second picture fingerprint (pHash), for platforms that use it.</source>
        <translation>Ein zweiter Bild-Fingerabdruck (pHash) für Plattformen, die ihn verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file fingerprint (MD5), which matches only exact copies.</source>
        <translation>Ein Datei-Fingerabdruck (MD5), der nur zu genauen Kopien passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second file fingerprint (SHA-256), for exact copies.</source>
        <translation>Ein zweiter Datei-Fingerabdruck (SHA-256) für genaue Kopien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video fingerprint (vPDQ): a picture fingerprint of one frame each second, which still matches after a video is resized or re-saved.</source>
        <translation>Ein Video-Fingerabdruck (vPDQ): ein Bild-Fingerabdruck von einem Einzelbild pro Sekunde, der auch dann noch passt, wenn ein Video verkleinert oder neu gespeichert wurde.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Too little detail for a dependable match in %n photo(s): very dark, plain or tiny pictures have little detail. Platforms may not recognise copies of them.</source>
        <translation>
            <numerusform>Zu wenig Details für einen verlässlichen Abgleich bei %n Foto: Es ist vielleicht sehr dunkel, einfarbig oder winzig. Plattformen erkennen Kopien davon vielleicht nicht.</numerusform>
            <numerusform>Zu wenig Details für einen verlässlichen Abgleich bei %n Fotos: Sie sind vielleicht sehr dunkel, einfarbig oder winzig. Plattformen erkennen Kopien davon vielleicht nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>In %n video(s), no frame has enough detail for a dependable match: the video may be very dark or plain. If sent, their file fingerprints still find exact copies.</source>
        <translation>
            <numerusform>Bei %n Video hat kein Einzelbild genug Details für einen verlässlichen Abgleich: Es ist vielleicht sehr dunkel oder einfarbig. Wenn es gesendet wird, findet sein Datei-Fingerabdruck trotzdem genaue Kopien.</numerusform>
            <numerusform>Bei %n Videos hat kein Einzelbild genug Details für einen verlässlichen Abgleich: Sie sind vielleicht sehr dunkel oder einfarbig. Wenn sie gesendet werden, finden ihre Datei-Fingerabdrücke trotzdem genaue Kopien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n file(s) could not be read and will not be sent.</source>
        <translation>
            <numerusform>%n Datei konnte nicht gelesen werden und wird nicht gesendet.</numerusform>
            <numerusform>%n Dateien konnten nicht gelesen werden und werden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n folder(s) could not be opened. Photos and videos inside will not be sent; step 2 shows which folder(s).</source>
        <translation>
            <numerusform>%n Ordner konnte nicht geöffnet werden. Die Fotos und Videos darin werden nicht gesendet; Schritt 2 zeigt, welcher.</numerusform>
            <numerusform>%n Ordner konnten nicht geöffnet werden. Die Fotos und Videos darin werden nicht gesendet; Schritt 2 zeigt, welche.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing will be sent: no photo or video is chosen.</source>
        <translation>Es wird nichts gesendet: Kein Foto und kein Video ist ausgewählt.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Reference (Idempotency-Key): %1</source>
        <extracomment>&quot;Idempotency-Key&quot; is the technical name of the reference; keep it as it is.</extracomment>
        <translation>Referenz (Idempotency-Key): %1</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/close_guard.py" line="+25"/>
        <source>%n sending(s) not yet received by the hash bank.</source>
        <translation>
            <numerusform>%n Sendung ist noch nicht bei der Hash-Datenbank angekommen.</numerusform>
            <numerusform>%n Sendungen sind noch nicht bei der Hash-Datenbank angekommen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close SafeHash?</source>
        <translation>SafeHash schließen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you close SafeHash now, they are forgotten: nothing was kept on this computer. You can stay and press Send again, or close anyway.</source>
        <translation>Wenn Sie SafeHash jetzt schließen, werden sie vergessen: Auf diesem Computer wurde nichts aufbewahrt. Sie können bleiben und „Erneut senden“ drücken oder trotzdem schließen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay and send</source>
        <translation>Bleiben und senden</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/done.py" line="+46"/>
        <source>Receipt details</source>
        <translation>Details der Quittung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt</source>
        <translation>Ihre Quittung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking or withdrawing later</source>
        <translation>Später prüfen oder zurückziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To see what the bank holds, or to ask it to delete these fingerprints, press “%1” at the bottom of the window and enter your case token and case reference. Saving the receipt keeps the case reference for you; it holds no token, photo or fingerprint.</source>
        <extracomment>%1 is the name of the button &quot;Check or withdraw a case&quot;.</extracomment>
        <translation>Um zu sehen, was die Datenbank gespeichert hat, oder um sie zu bitten, diese Fingerabdrücke zu löschen, drücken Sie unten im Fenster auf „%1“ und geben Sie Ihren Fallschlüssel und die Fallreferenz ein. Wenn Sie die Quittung speichern, haben Sie die Fallreferenz; sie enthält keinen Schlüssel, kein Foto und keinen Fingerabdruck.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save receipt…</source>
        <translation>Quittung speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt to a file</source>
        <translation>Quittung in einer Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this case now</source>
        <translation>Diesen Fall jetzt prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send more photos or videos</source>
        <translation>Weitere Fotos oder Videos senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts again at step 2 with the same case</source>
        <translation>Beginnt wieder bei Schritt 2, mit demselben Fall</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything on this computer…</source>
        <translation>Alles auf diesem Computer vergessen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>Alles auf diesem Computer vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>Löscht alles, was SafeHash hier aufbewahrt hat: Einstellungen, gemerkter Fall, wartende Sendungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you close SafeHash, it forgets the photos, videos, fingerprints and case token of this session by itself.</source>
        <translation>Wenn Sie SafeHash schließen, vergisst es die Fotos, Videos, Fingerabdrücke und den Fallschlüssel dieser Sitzung von selbst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing has been sent yet.</source>
        <translation>Es wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These fingerprints had reached %1 before, but they were withdrawn since.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>Diese Fingerabdrücke waren schon bei %1 angekommen, wurden aber inzwischen zurückgezogen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bank deleted them: it holds none of these photos or videos. To send them again, open a new case.</source>
        <translation>Die Datenbank hat sie gelöscht: Sie hat von diesen Fotos und Videos nichts mehr. Um sie erneut zu senden, öffnen Sie einen neuen Fall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank deleted them: it holds none of these photos. To send them again, open a new case.</source>
        <translation>Die Datenbank hat sie gelöscht: Sie hat keines dieser Fotos mehr. Um sie erneut zu senden, öffnen Sie einen neuen Fall.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your fingerprints were sent to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>Ihre Fingerabdrücke wurden an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bank already had these fingerprints. Check the case to see what it holds now.</source>
        <translation>Die Datenbank hatte diese Fingerabdrücke schon. Prüfen Sie den Fall, um zu sehen, was sie jetzt hat.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) or video(s) of them now.</source>
        <translation>
            <numerusform>Die Datenbank hatte diese Fingerabdrücke schon; sie hat jetzt die von %n Foto oder Video.</numerusform>
            <numerusform>Die Datenbank hatte diese Fingerabdrücke schon; sie hat jetzt die von %n Fotos oder Videos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) of them now.</source>
        <translation>
            <numerusform>Die Datenbank hatte diese Fingerabdrücke schon; davon hat sie jetzt %n Foto.</numerusform>
            <numerusform>Die Datenbank hatte diese Fingerabdrücke schon; davon hat sie jetzt %n Fotos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The bank accepted %n photo(s).</source>
        <translation>
            <numerusform>Die Datenbank hat %n Foto angenommen.</numerusform>
            <numerusform>Die Datenbank hat %n Fotos angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 It did not accept %n photo(s), usually because of too little detail.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos.&quot;; %n how many it did not.</extracomment>
        <translation>
            <numerusform>%1 %n Foto hat sie nicht angenommen, meist weil es zu wenig Details hat.</numerusform>
            <numerusform>%1 %n Fotos hat sie nicht angenommen, meist weil sie zu wenig Details haben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Case reference: %1
Sending reference: %2
Received: %3</source>
        <extracomment>Three lines of the receipt; the references are codes (in groups of four, to be read aloud), the last a date and time.</extracomment>
        <translation>Fallreferenz: %1
Sendungsreferenz: %2
Empfangen: %3</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Anything you asked it to keep (settings, a remembered case, sendings waiting to be sent) stays until you press the button below. Files you saved yourself, such as this receipt or a case token file, are never deleted by SafeHash.</source>
        <translation>Was SafeHash auf Ihren Wunsch behalten soll (Einstellungen, ein gemerkter Fall, wartende Sendungen), bleibt, bis Sie unten auf die Schaltfläche drücken. Dateien, die Sie selbst gespeichert haben, etwa diese Quittung oder eine Datei mit dem Fallschlüssel, löscht SafeHash nie.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The bank accepted %1.</source>
        <extracomment>%1 counts what the bank accepted: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>Die Datenbank hat %1 angenommen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank accepted none of them.</source>
        <translation>Die Datenbank hat keines davon angenommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 It did not accept %2.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos and 1 video.&quot;; %2 counts what it did not accept: &quot;1 video&quot;.</extracomment>
        <translation>%1 %2 hat sie nicht angenommen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the receipt</source>
        <translation>Quittung speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt was saved.</source>
        <translation>Die Quittung wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../client/safehash/gui/error_text.py" line="+40"/>
        <source>This file could not be read.</source>
        <translation>Diese Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer there; it may have been moved or deleted.</source>
        <translation>Die Datei ist nicht mehr da; sie wurde vielleicht verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be opened; you may not have permission to read it.</source>
        <translation>Die Datei konnte nicht geöffnet werden; vielleicht fehlt Ihnen die Berechtigung, sie zu lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file changed while it was being read; please add it again.</source>
        <translation>Die Datei hat sich beim Lesen verändert; bitte fügen Sie sie noch einmal hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a photo SafeHash can read.</source>
        <translation>Die Datei ist zu groß für ein Foto, das SafeHash lesen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo is incomplete or damaged, so it cannot be read to the end.</source>
        <translation>Das Foto ist unvollständig oder beschädigt und kann daher nicht bis zum Ende gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is far larger than any camera photo, so it was not opened, to protect this computer.</source>
        <translation>Das Bild ist viel größer als jedes Kamerafoto und wurde deshalb zum Schutz dieses Computers nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is damaged and could not be read.</source>
        <translation>Das Foto ist beschädigt und konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is built in a way no camera or phone writes, so it was not opened, to protect this computer.</source>
        <translation>Das Bild ist auf eine Weise aufgebaut, wie sie keine Kamera und kein Handy schreibt, und wurde deshalb zum Schutz dieses Computers nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file made SafeHash&apos;s reader stop, so it was not hashed; it may be damaged or made to cause harm. Your other files are safe.</source>
        <translation>Beim Lesen dieser Datei ist das Leseprogramm von SafeHash stehen geblieben, deshalb wurde kein Fingerabdruck erstellt; die Datei ist vielleicht beschädigt oder soll Schaden anrichten. Ihre anderen Dateien sind sicher.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file gave an answer SafeHash cannot trust, so it was not hashed; it may be made to cause harm.</source>
        <translation>Das Lesen dieser Datei ergab eine Antwort, der SafeHash nicht trauen kann, deshalb wurde kein Fingerabdruck erstellt; die Datei soll vielleicht Schaden anrichten.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This is not a photo or video but a folder or a special file.</source>
        <translation>Das ist kein Foto und kein Video, sondern ein Ordner oder eine besondere Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shortcut points back to itself, so there is nothing to read.</source>
        <translation>Diese Verknüpfung zeigt auf sich selbst, daher gibt es nichts zu lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty, so there is no photo or video in it.</source>
        <translation>Die Datei ist leer, es ist also kein Foto und kein Video darin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a photo or video SafeHash can read.</source>
        <translation>Diese Datei ist kein Foto und kein Video, das SafeHash lesen kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This video is stored in a form SafeHash cannot read, so it was not opened.</source>
        <translation>Dieses Video ist in einer Form gespeichert, die SafeHash nicht lesen kann, daher wurde es nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file holds no video (only sound, or nothing that plays), so there is nothing to read.</source>
        <translation>Diese Datei enthält kein Video (nur Ton oder nichts Abspielbares), daher gibt es nichts zu lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video is damaged and could not be played, so it was not read.</source>
        <translation>Das Video ist beschädigt und ließ sich nicht abspielen, daher wurde es nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video does not say how fast it plays, so SafeHash cannot make its fingerprint.</source>
        <translation>Das Video gibt nicht an, wie schnell es abläuft, daher kann SafeHash keinen Fingerabdruck davon machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video is longer than %1 hours, the most SafeHash reads in one video, so it was not read.</source>
        <extracomment>%1 is a number of hours (4), in the digits of your language.</extracomment>
        <translation>Das Video ist länger als %1 Stunden, das Höchste, was SafeHash von einem Video liest, daher wurde es nicht gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video&apos;s picture is far larger than any camera films, so it was not opened, to protect this computer.</source>
        <translation>Das Bild des Videos ist viel größer, als eine Kamera filmt, daher wurde es zum Schutz dieses Computers nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file took far longer than it should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>Das Lesen dieser Datei dauerte viel länger als normal, daher hat SafeHash es abgebrochen; sie ist vielleicht beschädigt oder gemacht, um zu schaden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file needed far more memory than any photo or video should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>Das Lesen dieser Datei brauchte viel mehr Speicher als jedes Foto oder Video, daher hat SafeHash es abgebrochen; sie ist vielleicht beschädigt oder gemacht, um zu schaden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder could not be opened, so the photos and videos in it were not added; you may not have permission to read it.</source>
        <translation>Dieser Ordner konnte nicht geöffnet werden, daher wurden die Fotos und Videos darin nicht hinzugefügt; vielleicht dürfen Sie ihn nicht lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not read this file because of a problem of its own.</source>
        <translation>SafeHash konnte diese Datei wegen eines eigenen Problems nicht lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hash bank could not be reached or did not accept the request.</source>
        <translation>Die Hash-Datenbank war nicht erreichbar oder hat die Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect to the hash bank; please check that this computer is online.</source>
        <translation>SafeHash konnte keine Verbindung zur Hash-Datenbank herstellen; bitte prüfen Sie, ob dieser Computer mit dem Internet verbunden ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect through the proxy; please check that it (or Tor) is running.</source>
        <translation>SafeHash konnte keine Verbindung über den Proxy herstellen; bitte prüfen Sie, ob er (oder Tor) läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank took too long to answer; please try again later.</source>
        <translation>Die Hash-Datenbank hat zu lange für eine Antwort gebraucht; bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s security certificate could not be checked, so nothing was sent.</source>
        <translation>Das Sicherheitszertifikat der Hash-Datenbank konnte nicht geprüft werden, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not show the security key SafeHash expects, so nothing was sent.</source>
        <translation>Die Hash-Datenbank hat nicht den Sicherheitsschlüssel gezeigt, den SafeHash erwartet, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank tried to send SafeHash somewhere else; SafeHash did not follow.</source>
        <translation>Die Hash-Datenbank wollte SafeHash woandershin leiten; SafeHash ist nicht gefolgt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s answer was far too large, so SafeHash ignored it.</source>
        <translation>Die Antwort der Hash-Datenbank war viel zu groß, daher hat SafeHash sie nicht beachtet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank gave an answer SafeHash does not understand.</source>
        <translation>Die Hash-Datenbank hat eine Antwort gegeben, die SafeHash nicht versteht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank is busy right now; please try again in a few minutes.</source>
        <translation>Die Hash-Datenbank ist gerade ausgelastet; bitte versuchen Sie es in ein paar Minuten noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank has a problem of its own; please try again later.</source>
        <translation>Die Hash-Datenbank hat ein eigenes Problem; bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this case token; please check it.</source>
        <translation>Die Hash-Datenbank hat diesen Fallschlüssel nicht angenommen; bitte prüfen Sie ihn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused: this case token does not allow that.</source>
        <translation>Die Hash-Datenbank hat abgelehnt: Dieser Fallschlüssel erlaubt das nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank does not let people open a case themselves; please ask your support worker for a case token.</source>
        <translation>Bei dieser Hash-Datenbank kann man keinen Fall selbst eröffnen; bitte fragen Sie Ihre Beratungsperson nach einem Fallschlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case was withdrawn, so nothing more can be sent to it; please open a new case.</source>
        <translation>Dieser Fall wurde zurückgezogen, daher kann nichts mehr dazu gesendet werden; bitte eröffnen Sie einen neuen Fall.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this app&apos;s access code; please ask the organisation that gave you SafeHash.</source>
        <translation>Die Hash-Datenbank hat den Zugangscode dieser App nicht angenommen; bitte wenden Sie sich an die Organisation, die Ihnen SafeHash gegeben hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This organisation&apos;s hash bank needs an access code, and none has been entered yet.</source>
        <translation>Die Hash-Datenbank dieser Organisation braucht einen Zugangscode, und es wurde noch keiner eingegeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The practice bank could not be started on this computer.</source>
        <translation>Die Übungsdatenbank konnte auf diesem Computer nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank does not know this case or sending; it may have been withdrawn.</source>
        <translation>Die Hash-Datenbank kennt diesen Fall oder diese Sendung nicht; vielleicht wurde sie zurückgezogen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank already has a different sending under the same reference.</source>
        <translation>Die Hash-Datenbank hat unter derselben Referenz bereits eine andere Sendung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are too many photos and videos for one sending; please send them in smaller groups.</source>
        <translation>Das sind zu viele Fotos und Videos für eine Sendung; bitte senden Sie sie in kleineren Gruppen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank cannot take videos, so nothing was sent; please send the photos without the videos.</source>
        <translation>Diese Hash-Datenbank kann keine Videos annehmen, daher wurde nichts gesendet; bitte senden Sie die Fotos ohne die Videos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent: this hash bank takes none of these fingerprints (it cannot take videos, for example).</source>
        <translation>Es wurde nichts gesendet: Diese Hash-Datenbank nimmt keinen dieser Fingerabdrücke an (sie nimmt zum Beispiel keine Videos an).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused the request as not valid.</source>
        <translation>Die Hash-Datenbank hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s address must start with https://.</source>
        <translation>Die Adresse der Hash-Datenbank muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid web address.</source>
        <translation>Das ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of SafeHash is not set up correctly; please tell the organisation that gave it to you.</source>
        <translation>Diese Kopie von SafeHash ist nicht richtig eingerichtet; bitte sagen Sie der Organisation Bescheid, die sie Ihnen gegeben hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved settings could not be read, so SafeHash uses its usual settings.</source>
        <translation>Ihre gespeicherten Einstellungen konnten nicht gelesen werden, daher verwendet SafeHash seine üblichen Einstellungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure password store that SafeHash can use, so nothing secret can be remembered.</source>
        <translation>Dieser Computer hat keinen sicheren Passwortspeicher, den SafeHash verwenden kann, daher kann nichts Geheimes gemerkt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password store did not answer (it may be locked), so nothing was saved.</source>
        <translation>Der Passwortspeicher hat nicht geantwortet (er ist vielleicht gesperrt), daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token is needed; please enter one.</source>
        <translation>Ein Fallschlüssel wird gebraucht; bitte geben Sie einen ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved list of waiting sendings could not be opened.</source>
        <translation>Die gespeicherte Liste der wartenden Sendungen konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid SafeHash file.</source>
        <translation>Das ist keine gültige SafeHash-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the case token.</source>
        <translation>Bitte geben Sie den Fallschlüssel ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token cannot contain some of these characters; please check it.</source>
        <translation>Ein Fallschlüssel kann einige dieser Zeichen nicht enthalten; bitte prüfen Sie ihn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too short; please check it.</source>
        <translation>Der Fallschlüssel ist zu kurz; bitte prüfen Sie ihn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too long; please check it.</source>
        <translation>Der Fallschlüssel ist zu lang; bitte prüfen Sie ihn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case token has a typing mistake somewhere; please check it.</source>
        <translation>In diesem Fallschlüssel steckt irgendwo ein Tippfehler; bitte prüfen Sie ihn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Etwas hat nicht geklappt. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an animation; only its first picture was used.</source>
        <translation>Das ist eine Animation; nur ihr erstes Bild wurde verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo was turned upright, as a phone shows it.</source>
        <translation>Das Foto wurde aufgerichtet, so wie ein Handy es anzeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is stored turned; its fingerprint was made both as stored and upright, as players show it.</source>
        <translation>Das Video ist gedreht gespeichert; sein Fingerabdruck wurde so wie gespeichert und aufrecht gemacht, wie Player es zeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file holds more than one video; only the first one was read.</source>
        <translation>Diese Datei enthält mehr als ein Video; nur das erste wurde gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is cut short or damaged; only the part that plays was read.</source>
        <translation>Das Video ist abgeschnitten oder beschädigt; nur der abspielbare Teil wurde gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video says it plays at an unusual speed; its frames were picked by that speed, as other video fingerprint tools do, so their times may be off.</source>
        <translation>Das Video gibt eine ungewöhnliche Geschwindigkeit an; seine Bilder wurden nach dieser Geschwindigkeit ausgewählt, wie es andere Werkzeuge für Video-Fingerabdrücke tun, daher können ihre Zeiten abweichen.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The case token is %n character(s) too short.</source>
        <translation>
            <numerusform>Dem Fallschlüssel fehlt %n Zeichen.</numerusform>
            <numerusform>Dem Fallschlüssel fehlen %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The case token is %n character(s) too long.</source>
        <translation>
            <numerusform>Der Fallschlüssel hat %n Zeichen zu viel.</numerusform>
            <numerusform>Der Fallschlüssel hat %n Zeichen zu viel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A case token cannot contain %1; please check it.</source>
        <translation>Ein Fallschlüssel kann %1 nicht enthalten; bitte prüfen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../client/safehash/gui/file_dialogs.py" line="+138"/>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose photos or videos</source>
        <translation>Fotos oder Videos auswählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos and videos (%1)</source>
        <translation>Fotos und Videos (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (%1)</source>
        <translation>Videos (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a folder of photos or videos</source>
        <translation>Einen Ordner mit Fotos oder Videos auswählen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a file named %1. Replace it?</source>
        <extracomment>%1 is the name of a file the person chose to save to.</extracomment>
        <translation>Es gibt schon eine Datei namens %1. Möchten Sie sie ersetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old file</source>
        <translation>Alte Datei behalten</translation>
    </message>
</context>
<context>
    <name>Forget</name>
    <message>
        <location filename="../../client/safehash/gui/forget.py" line="+18"/>
        <source>Forget everything?</source>
        <translation>Alles vergessen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash will delete everything it kept on this computer: your settings, a remembered case token and fingerprints waiting to be sent.</source>
        <translation>SafeHash löscht alles, was es auf diesem Computer aufbewahrt hat: Ihre Einstellungen, einen gemerkten Fallschlüssel und Fingerabdrücke, die noch gesendet werden sollen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you saved yourself, such as a receipt or a case token file, stay where you saved them: delete them yourself if you no longer need them. What was sent to the bank stays there; withdraw it first if you want it gone.</source>
        <translation>Dateien, die Sie selbst gespeichert haben, etwa eine Quittung oder eine Datei mit dem Fallschlüssel, bleiben, wo Sie sie gespeichert haben: Löschen Sie sie selbst, wenn Sie sie nicht mehr brauchen. Was an die Datenbank gesendet wurde, bleibt dort; ziehen Sie es zuerst zurück, wenn es weg sein soll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget everything</source>
        <translation>Alles vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../client/safehash/gui/i18n.py" line="+224"/>
        <source>English</source>
        <extracomment>The name of your language, written in your language, as it should appear in a list of languages: for example &quot;Español&quot;, &quot;Français&quot;, &quot;Português (Brasil)&quot;.</extracomment>
        <translation>Deutsch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/safehash/gui/main_window.py" line="+123"/>
        <location filename="../../client/safehash/gui/pages/done.py" line="-151"/>
        <source>Check or withdraw a case</source>
        <translation>Fall prüfen oder zurückziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network log</source>
        <translation>Netzwerkprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every connection SafeHash made</source>
        <translation>Jede Verbindung, die SafeHash aufgebaut hat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Go to the previous step</source>
        <translation>Zum vorigen Schritt</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Step %1 of %2: %3</source>
        <extracomment>The title of each step: &quot;Step 2 of 5: Add your photos and videos&quot;. A support worker on the phone names the step by its number.</extracomment>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the steps</source>
        <translation>Zurück zu den Schritten</translation>
    </message>
</context>
<context>
    <name>MediaWords</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/media_words.py" line="+35"/>
        <source>%n photo(s)</source>
        <extracomment>A count inside a sentence, such as &quot;SafeHash will send the fingerprints of 3 photos to ...&quot;, &quot;The bank accepted 3 photos and 1 video.&quot;</extracomment>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n video(s)</source>
        <extracomment>A count inside a sentence, such as &quot;SafeHash will send the fingerprints of 1 video to ...&quot;, &quot;The bank accepted 3 photos and 1 video.&quot;</extracomment>
        <translation>
            <numerusform>%n Video</numerusform>
            <numerusform>%n Videos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <extracomment>Two counts: %1 is &quot;3 photos&quot;, %2 is &quot;1 video&quot;.</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n video(s) cannot be sent to %1: it takes no videos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n Video kann nicht an %1 gesendet werden: Dort werden keine Videos angenommen.</numerusform>
            <numerusform>%n Videos können nicht an %1 gesendet werden: Dort werden keine Videos angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) cannot be sent to %1: it takes no photos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n Foto kann nicht an %1 gesendet werden: Dort werden keine Fotos angenommen.</numerusform>
            <numerusform>%n Fotos können nicht an %1 gesendet werden: Dort werden keine Fotos angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) cannot be sent to %1: it takes none of their fingerprints.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n Datei kann nicht an %1 gesendet werden: Dort wird keiner ihrer Fingerabdrücke angenommen.</numerusform>
            <numerusform>%n Dateien können nicht an %1 gesendet werden: Dort wird keiner ihrer Fingerabdrücke angenommen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/network_log.py" line="+38"/>
        <source>Every connection SafeHash made since it started. It never contains your photos or videos, their names or your case token, and it is forgotten when SafeHash closes.</source>
        <translation>Jede Verbindung, die SafeHash seit dem Start aufgebaut hat. Das Protokoll enthält nie Ihre Fotos oder Videos, ihre Namen oder Ihren Fallschlüssel und wird vergessen, wenn SafeHash geschlossen wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list</source>
        <translation>Liste aktualisieren</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <extracomment>Column titles of the network log. &quot;Method&quot; is the kind of HTTP request (GET, POST); &quot;Host&quot; the server&apos;s name; &quot;Answer&quot; the server&apos;s status code.</extracomment>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>Bytes gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes received</source>
        <translation>Bytes empfangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network log</source>
        <translation>Netzwerkprotokoll</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../client/safehash/gui/widgets.py" line="+172"/>
        <source>Scroll the page</source>
        <translation>Seite blättern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../../client/safehash/gui/photos.py" line="+85"/>
        <source>Pasted picture %1</source>
        <extracomment>The name of a picture pasted from the clipboard (it has no file name); %1 counts them: &quot;Pasted picture 1&quot;, &quot;Pasted picture 2&quot;.</extracomment>
        <translation>Eingefügtes Bild %1</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Photo or video</source>
        <translation>Foto oder Video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1 read so far…</source>
        <extracomment>A video being read whose length is not known; %1 is how much of it was read, as minutes:seconds (&quot;1:05&quot;).</extracomment>
        <translation>Video wird gelesen: bisher %1 gelesen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1%</source>
        <extracomment>A video being read; %1 is how much of it is done, in percent (&quot;40&quot;): write the percent sign as your language does (&quot;40 %&quot;, &quot;40٪&quot;).</extracomment>
        <translation>Video wird gelesen: %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready (video, %1)</source>
        <extracomment>A video whose fingerprint is made; %1 is its length, as minutes:seconds (&quot;0:12&quot;) or hours:minutes:seconds.</extracomment>
        <translation>Bereit (Video, %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too little detail for a dependable match</source>
        <translation>Zu wenig Details für einen verlässlichen Abgleich</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../client/safehash/gui/preview.py" line="+33"/>
        <source>A still of your video</source>
        <translation>Ein Standbild Ihres Videos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your photo</source>
        <translation>Ihr Foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening one still picture of the video…</source>
        <translation>Ein Standbild des Videos wird geöffnet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the photo…</source>
        <translation>Das Foto wird geöffnet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A still picture of the video</source>
        <translation>Ein Standbild des Videos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo</source>
        <translation>Das Foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One still picture, from about a second into the video. The video is not played.</source>
        <translation>Ein Standbild, etwa eine Sekunde nach Beginn des Videos. Das Video wird nicht abgespielt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only shown here. SafeHash does not keep a copy of it.</source>
        <translation>Wird nur hier gezeigt. SafeHash behält keine Kopie davon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the picture</source>
        <translation>Bild schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the photo</source>
        <translation>Foto schließen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../client/safehash/gui/qt_strings.py" line="+16"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <location filename="../../client/safehash/gui/quick_exit.py" line="+33"/>
        <source>Press %1 twice quickly, or %2, to leave at once.</source>
        <extracomment>%1 is the Esc key, %2 the shortcut Ctrl+Shift+X, as this computer names them.</extracomment>
        <translation>Drücken Sie zweimal schnell %1 oder einmal %2, um sofort zu gehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quick exit</source>
        <translation>Schnell verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes SafeHash at once and forgets everything. %1</source>
        <translation>Schließt SafeHash sofort und vergisst alles. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave at once: the window closes and SafeHash forgets everything. %1</source>
        <translation>Sofort gehen: Das Fenster schließt sich und SafeHash vergisst alles. %1</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/send.py" line="+53"/>
        <source>Sending progress</source>
        <translation>Fortschritt beim Senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the same fingerprints again; the bank stores them only once</source>
        <translation>Sendet dieselben Fingerabdrücke noch einmal; die Datenbank speichert sie nur einmal</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>Waiting to be sent</source>
        <translation>Wartet auf das Senden</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sendings that the hash bank does not have yet</source>
        <translation>Sendungen, die die Hash-Datenbank noch nicht hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected sending again</source>
        <translation>Ausgewählte Sendung erneut senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Discard the selected sending</source>
        <translation>Ausgewählte Sendung verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will not be sent</source>
        <translation>Sie wird nicht gesendet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See your receipt</source>
        <translation>Ihre Quittung ansehen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is nothing to send yet; please go back a step.</source>
        <translation>Es gibt noch nichts zu senden; bitte gehen Sie einen Schritt zurück.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1, waiting since %2.</source>
        <extracomment>One sending in the list; %1 counts what it holds (&quot;3 photos and 1 video&quot;), %2 is a date and time.</extracomment>
        <translation>%1 – in der Warteschlange seit %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not held: the hash bank had these fingerprints, but they were withdrawn.</source>
        <translation>Nicht mehr gespeichert: Die Hash-Datenbank hatte diese Fingerabdrücke, aber sie wurden zurückgezogen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. The hash bank confirmed it.</source>
        <translation>Gesendet. Die Hash-Datenbank hat es bestätigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These fingerprints will not be sent. Your photos and videos are not affected.</source>
        <translation>Diese Fingerabdrücke werden nicht gesendet. Ihre Fotos und Videos sind davon nicht betroffen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Not sent yet.</source>
        <translation>Noch nicht gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Your fingerprints are kept in the list below until they are sent.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>%1 Ihre Fingerabdrücke bleiben in der Liste unten, bis sie gesendet sind.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending the fingerprints…</source>
        <translation>Die Fingerabdrücke werden gesendet…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 Last try: %2</source>
        <extracomment>%1 is the line above (&quot;3 photos, waiting since ...&quot;), %2 a whole sentence saying what went wrong at the last try.</extracomment>
        <translation>%1 Letzter Versuch: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These are kept only until SafeHash closes.</source>
        <translation>Sie werden nur aufbewahrt, bis SafeHash geschlossen wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are kept, encrypted, on this computer until they are sent.</source>
        <translation>Sie werden verschlüsselt auf diesem Computer aufbewahrt, bis sie gesendet sind.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Discard this sending?</source>
        <translation>Diese Sendung verwerfen?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/settings_page.py" line="+61"/>
        <location line="+9"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A language you choose is used at once. To keep it for next time, press “%1” below.</source>
        <extracomment>%1 is the name of the button &quot;Save on this computer&quot;.</extracomment>
        <translation>Eine gewählte Sprache gilt sofort. Damit sie beim nächsten Mal bleibt, drücken Sie unten auf „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Save on this computer</source>
        <translation>Auf diesem Computer speichern</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another hash bank (advanced)</source>
        <translation>Eine andere Hash-Datenbank verwenden (für Fortgeschrittene)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another hash bank</source>
        <translation>Eine andere Hash-Datenbank verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the other hash bank</source>
        <translation>Adresse der anderen Hash-Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash bank</source>
        <translation>Hash-Datenbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy address</source>
        <translation>Proxy-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example socks5h://127.0.0.1:9050 to go through Tor</source>
        <translation>Zum Beispiel socks5h://127.0.0.1:9050, um über Tor zu gehen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to connect directly. To hide that you use SafeHash from your network, enter the address of a proxy such as Tor.</source>
        <translation>Leer lassen, um sich direkt zu verbinden. Um vor Ihrem Netzwerk zu verbergen, dass Sie SafeHash verwenden, geben Sie die Adresse eines Proxys wie Tor ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember my case on this computer</source>
        <translation>Meinen Fall auf diesem Computer merken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep fingerprints that could not be sent yet, encrypted</source>
        <translation>Fingerabdrücke, die noch nicht gesendet werden konnten, verschlüsselt aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep fingerprints that could not be sent yet</source>
        <translation>Fingerabdrücke aufbewahren, die noch nicht gesendet werden konnten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By default SafeHash remembers nothing: everything is forgotten when it closes.</source>
        <translation>Von sich aus merkt sich SafeHash nichts: Alles wird vergessen, wenn es geschlossen wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this computer remembers</source>
        <translation>Was sich dieser Computer merkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use until SafeHash closes</source>
        <translation>Verwenden, bis SafeHash geschlossen wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings until SafeHash closes</source>
        <translation>Diese Einstellungen verwenden, bis SafeHash geschlossen wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these settings on this computer</source>
        <translation>Diese Einstellungen auf diesem Computer speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget everything on this computer…</source>
        <translation>Alles auf diesem Computer vergessen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>Alles auf diesem Computer vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>Löscht alles, was SafeHash hier aufbewahrt hat: Einstellungen, gemerkter Fall, wartende Sendungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything</source>
        <translation>Alles vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes your saved settings, a remembered case token and fingerprints waiting to be sent. Files you saved yourself, such as a receipt or a case token file, stay where you saved them.</source>
        <translation>Löscht Ihre gespeicherten Einstellungen, einen gemerkten Fallschlüssel und Fingerabdrücke, die noch gesendet werden sollen. Dateien, die Sie selbst gespeichert haben, etwa eine Quittung oder eine Datei mit dem Fallschlüssel, bleiben, wo Sie sie gespeichert haben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About SafeHash and its licences…</source>
        <translation>Über SafeHash und seine Lizenzen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About SafeHash and its licences</source>
        <translation>Über SafeHash und seine Lizenzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About SafeHash</source>
        <translation>Über SafeHash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which free software SafeHash includes, under which licences, and where its source code is.</source>
        <translation>Welche freie Software SafeHash enthält, unter welchen Lizenzen, und wo ihr Quellcode zu finden ist.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fingerprints are sent to %1, as set by %2.</source>
        <extracomment>%1 is the hash bank (&quot;the practice bank on this computer ...&quot; or its name), %2 the organisation that set up this copy of SafeHash.</extracomment>
        <translation>Fingerabdrücke werden an %1 gesendet, so eingerichtet von %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer&apos;s language</source>
        <translation>Sprache des Computers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual size</source>
        <translation>Normale Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>Am größten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2%)</source>
        <extracomment>A text size: %1 its name (&quot;Larger&quot;), %2 how big, in per cent (&quot;125&quot;).</extracomment>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language changed: %1.</source>
        <extracomment>Shown (and read out) after the person picks a language; %1 is its name.</extracomment>
        <translation>Sprache geändert: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The proxy address is not valid: it starts with socks5h://, socks5://, http:// or https://, followed by the proxy&apos;s address and port.</source>
        <translation>Die Proxy-Adresse ist nicht gültig: Sie beginnt mit socks5h://, socks5://, http:// oder https://, gefolgt von Adresse und Port des Proxys.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A proxy with a password cannot be used from the settings.</source>
        <translation>Ein Proxy mit Passwort kann in den Einstellungen nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hash bank address is not valid: %1</source>
        <extracomment>%1 is a whole sentence saying what a valid address looks like.</extracomment>
        <translation>Die Adresse der Hash-Datenbank ist nicht gültig: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved on this computer.</source>
        <translation>Auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use until SafeHash closes. Nothing was saved.</source>
        <translation>Wird verwendet, bis SafeHash geschlossen wird. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../client/safehash/gui/step_indicator.py" line="+38"/>
        <source>Step %1 of %2</source>
        <extracomment>What a screen reader says for the row of step numbers at the top.</extracomment>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>SupportGuide</name>
    <message>
        <location filename="../../client/safehash/gui/guide_text.py" line="+19"/>
        <source>SafeHash: a step-by-step guide for support workers</source>
        <extracomment>The title of the support worker&apos;s guide (a web page).</extracomment>
        <translation>SafeHash: Schritt-für-Schritt-Anleitung für Beratungspersonen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this guide on the phone or beside the person. Each step shows the window as the person sees it, with the step number at the top that you can both name, and what you can say. Let the person press the buttons themselves, and never ask them to send you their photos or videos.</source>
        <translation>Nutzen Sie diese Anleitung am Telefon oder neben der Person. Jeder Schritt zeigt das Fenster so, wie die Person es sieht, oben mit der Nummer des Schritts, die Sie beide nennen können, und was Sie sagen können. Lassen Sie die Person die Schaltflächen selbst drücken, und bitten Sie sie nie, Ihnen ihre Fotos oder Videos zu schicken.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before you start, show the person “%1” in the top corner of every window: it closes SafeHash at once and forgets everything. %2</source>
        <extracomment>%1 is the name of the Quick exit button, %2 the sentence that names its keys.</extracomment>
        <translation>Zeigen Sie der Person vor dem Start „%1“ in der oberen Ecke jedes Fensters: Damit schließt sich SafeHash sofort und vergisst alles. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to say</source>
        <extracomment>The heading above the words a support worker can say at each step.</extracomment>
        <translation>Was Sie sagen können</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash makes a fingerprint of each photo and video on the person&apos;s own computer. Only the fingerprints are sent, never the photos or videos. A fingerprint does not remove photos or videos that are already online. When the person is ready, they press “%1”.</source>
        <extracomment>%1 is the name of the button that starts (on the window: &quot;Start&quot;).</extracomment>
        <translation>SafeHash macht auf dem eigenen Computer der Person einen Fingerabdruck von jedem Foto und Video. Nur die Fingerabdrücke werden gesendet, nie die Fotos oder Videos. Ein Fingerabdruck entfernt keine Fotos oder Videos, die schon online sind. Wenn die Person bereit ist, drückt sie „%1“.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person drags their photos and videos onto the window, or presses “%1” and picks them; they can also open them with SafeHash from their file manager. Nothing is shown unless they ask, and a video is never played: asking shows one still picture from it. A long video takes a while; its row shows how far it has got. When every row says “%2”, they press “%3”.</source>
        <extracomment>%1 is the button that opens the file chooser, %2 the word a row of the list shows when its photo or video has been read (&quot;Ready&quot;), %3 the button that goes on (&quot;Continue&quot;). A &quot;row&quot; is one line of the list of photos and videos.</extracomment>
        <translation>Die Person zieht ihre Fotos und Videos auf das Fenster oder drückt „%1“ und wählt sie aus; sie kann sie auch im Dateimanager mit SafeHash öffnen. Gezeigt wird nur etwas, wenn sie es möchte, und ein Video wird nie abgespielt: Auf Wunsch erscheint nur ein Standbild daraus. Ein langes Video dauert eine Weile; seine Zeile zeigt, wie weit SafeHash damit ist. Wenn in jeder Zeile „%2“ steht, drückt sie „%3“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This page says what will be sent, and can show the whole message. Photos and videos with too little detail can be left out. The person ticks the box that says the photos and videos are of them, or that they may act for the person in them, and presses “%1”.</source>
        <extracomment>%1 is the button that goes on (&quot;Continue&quot;).</extracomment>
        <translation>Diese Seite sagt, was gesendet wird, und kann die ganze Nachricht zeigen. Fotos und Videos mit zu wenig Details können weggelassen werden. Die Person kreuzt an, dass die Fotos und Videos sie zeigen oder dass sie für die abgebildete Person handeln darf, und drückt „%1“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SafeHash sends the fingerprints and shows what the hash bank confirmed. The person can press “%1”: the receipt holds the case reference, never the case token, a photo or a video. If sending fails, the fingerprints wait in a list and can be sent again.</source>
        <extracomment>%1 is the button that saves the receipt.</extracomment>
        <translation>SafeHash sendet die Fingerabdrücke und zeigt, was die Hash-Datenbank bestätigt hat. Die Person kann „%1“ drücken: Die Quittung enthält die Fallreferenz, nie den Fallschlüssel, ein Foto oder ein Video. Wenn das Senden scheitert, warten die Fingerabdrücke in einer Liste und können erneut gesendet werden.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>If you gave the person a case token, they type it here. Otherwise they open a new case: its case token is shown only once, so they write it down or save it somewhere safe. Then they press “%1”.</source>
        <extracomment>%1 is the button that sends (&quot;Send&quot;).</extracomment>
        <translation>Wenn Sie der Person einen Fallschlüssel gegeben haben, gibt sie ihn hier ein. Sonst öffnet sie einen neuen Fall: Sein Fallschlüssel wird nur einmal gezeigt, also schreibt sie ihn auf oder speichert ihn an einem sicheren Ort. Dann drückt sie „%1“.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Later, “%1” at the bottom of the window asks the bank what it holds for the case, and can withdraw it. The person needs the case reference from the receipt and the case token.</source>
        <extracomment>%1 is the name of the link at the bottom of the window (&quot;Check or withdraw a case&quot;).</extracomment>
        <translation>Später fragt „%1“ unten im Fenster die Datenbank, was sie zu dem Fall hat, und kann ihn zurückziehen. Die Person braucht dafür die Fallreferenz von der Quittung und den Fallschlüssel.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made from SafeHash %1 itself, in this language. The pictures are practice photos, never anyone&apos;s own.</source>
        <extracomment>%1 is SafeHash&apos;s version number.</extracomment>
        <translation>Aus SafeHash %1 selbst erstellt, in dieser Sprache. Die Bilder sind Übungsfotos, nie die Fotos einer Person.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/welcome.py" line="+40"/>
        <source>What is sent, and what is not</source>
        <translation>Was gesendet wird und was nicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What this can and cannot do</source>
        <translation>Was das kann und was nicht</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Help and support</source>
        <translation>Hilfe und Unterstützung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick exit: %1</source>
        <translation>Schnell verlassen: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Sent: a fingerprint of each photo and video (a short code made from the picture, often called a hash) and your case token.</source>
        <translation>Gesendet: ein Fingerabdruck jedes Fotos und Videos (ein kurzer Code, der aus dem Bild berechnet wird, oft „Hash“ genannt) und Ihr Fallschlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never sent: your photos and videos, their names, where they are on this computer, or anything else about you.</source>
        <translation>Nie gesendet: Ihre Fotos und Videos, ihre Namen, wo sie auf diesem Computer liegen, oder sonst etwas über Sie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It helps partner platforms block copies of your photos and videos. It does not remove what is already online, and it cannot stop every website.</source>
        <translation>Es hilft Partnerplattformen, Kopien Ihrer Fotos und Videos zu blockieren. Es entfernt nichts, was schon online ist, und kann nicht jede Website aufhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fingerprint is sensitive: a rough likeness of a photo, or of moments of a video, can sometimes be rebuilt from it. It is only sent to the bank named here.</source>
        <translation>Ein Fingerabdruck ist sensibel: Manchmal lässt sich daraus ein grobes Abbild eines Fotos oder von Momenten eines Videos zurückgewinnen. Er wird nur an die hier genannte Datenbank gesendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If someone in a photo or video was under %1</source>
        <extracomment>%1 is the age, 18, in the digits of your language.</extracomment>
        <translation>Wenn jemand auf einem Foto oder Video unter %1 war</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to %1, where you can try out every step: nothing leaves this computer.</source>
        <translation>SafeHash macht von jedem Foto und Video, das Sie auswählen, einen Fingerabdruck, hier auf diesem Computer. Nur diese Fingerabdrücke werden mit Ihrem Fallschlüssel an %1 gesendet, wo Sie jeden Schritt ausprobieren können: Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to the hash bank used by %1. Partner platforms use them to recognise copies of your photos and videos and block them.</source>
        <translation>SafeHash erstellt von jedem Foto und Video, das Sie auswählen, einen Fingerabdruck – hier auf diesem Computer. Nur diese Fingerabdrücke werden mit Ihrem Fallschlüssel an die Hash-Datenbank gesendet, die %1 verwendet. Partnerplattformen erkennen damit Kopien Ihrer Fotos und Videos und blockieren sie.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the website in your browser</source>
        <translation>Öffnet die Website in Ihrem Browser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
</TS>
