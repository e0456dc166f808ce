<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../client/safehash/gui/about.py" line="+19"/>
        <source>About SafeHash and its licences</source>
        <translation>Over SafeHash en de licenties</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash %1 is free software under the Apache License 2.0. It includes other free software, each under its own licence. The list below, in English as the licences are written, names every part, its licence and where its source code is.</source>
        <translation>SafeHash %1 is vrije software onder de Apache-licentie 2.0. Het bevat andere vrije software, elk onder een eigen licentie. De lijst hieronder noemt, in het Engels zoals de licenties geschreven zijn, elk onderdeel, de licentie ervan en waar de broncode te vinden is.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This installation includes parts under the GNU General Public License (%1), so SafeHash as installed here is distributed under the GPL, version 3. You may share it under those terms, and you are entitled to the complete source code of every part.</source>
        <translation>Deze installatie bevat onderdelen onder de GNU General Public License (%1), dus SafeHash zoals het hier is geïnstalleerd, wordt verspreid onder de GPL, versie 3. U mag het onder die voorwaarden delen, en u hebt recht op de volledige broncode van elk onderdeel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Software included, licences and sources</source>
        <translation>Meegeleverde software, licenties en broncode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>AddPhotosPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/add_photos.py" line="+92"/>
        <source>Choose a folder…</source>
        <translation>Een map kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Een map kiezen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading progress</source>
        <translation>Voortgang van het lezen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Add the photos and videos you want to protect: drag them, or whole folders, onto this window, or choose them below. Nothing is shown here unless you ask to see it, and videos are never played.</source>
        <translation>Voeg de foto&apos;s en video&apos;s toe die je wilt beschermen: sleep ze (of hele mappen) naar dit venster, of kies ze hieronder. Hier wordt niets getoond tenzij je erom vraagt, en video&apos;s worden nooit afgespeeld.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose photos or videos…</source>
        <translation>Foto&apos;s of video&apos;s kiezen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photos or videos</source>
        <translation>Foto&apos;s of video&apos;s kiezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick photos and videos on this computer</source>
        <translation>Opent een venster om foto&apos;s en video&apos;s op deze computer te kiezen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds every photo and video in a folder</source>
        <translation>Voegt alle foto&apos;s en video&apos;s in een map toe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste copied photos or videos</source>
        <translation>Gekopieerde foto&apos;s of video&apos;s plakken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds photos and videos you copied in your file manager, or a picture you copied (%1)</source>
        <extracomment>%1 is the paste shortcut, Ctrl+V on most computers.</extracomment>
        <translation>Voegt foto&apos;s en video&apos;s toe die je in je bestandsbeheer hebt gekopieerd, of een gekopieerde afbeelding (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You can also drop photos, videos or folders anywhere on this window.</source>
        <translation>Je kunt foto&apos;s, video&apos;s of mappen ook ergens op dit venster neerzetten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop reading</source>
        <translation>Stoppen met lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and videos not read yet are taken off the list</source>
        <translation>Foto&apos;s en video&apos;s die nog niet gelezen zijn, gaan van de lijst af</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your photos and videos</source>
        <translation>Je foto&apos;s en video&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of each photo and video, and what happened to it</source>
        <translation>De naam van elke foto en video en wat ermee is gebeurd</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show a still of this video</source>
        <translation>Een stilstaand beeld van deze video tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this photo</source>
        <translation>Deze foto tonen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows one still picture from the selected video in a separate window; the video is not played, and nothing is saved</source>
        <translation>Toont één stilstaand beeld van de gekozen video in een apart venster; de video wordt niet afgespeeld en er wordt niets bewaard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the selected photo in a separate window; it is not saved</source>
        <translation>Toont de gekozen foto in een apart venster; hij wordt niet bewaard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected photos and videos</source>
        <translation>Gekozen foto&apos;s en video&apos;s verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the selected photos and videos off the list (the files are not touched)</source>
        <translation>Haalt de gekozen foto&apos;s en video&apos;s van de lijst (de bestanden blijven zoals ze zijn)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear all photos and videos</source>
        <translation>Alle foto&apos;s en video&apos;s verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes every photo and video off the list (the files are not touched)</source>
        <translation>Haalt alle foto&apos;s en video&apos;s van de lijst (de bestanden blijven zoals ze zijn)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing to paste: the clipboard is empty. Copy photos or videos in your file manager, or copy a picture, then paste again.</source>
        <translation>Niets om te plakken: het klembord is leeg. Kopieer foto&apos;s of video&apos;s in je bestandsbeheer, of kopieer een afbeelding, en plak dan opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds text, not photos or videos, so nothing was added.</source>
        <translation>Het klembord bevat tekst, geen foto&apos;s of video&apos;s, dus er is niets toegevoegd.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading photos and videos: %1 of %2 done</source>
        <translation>Foto&apos;s en video&apos;s lezen: %1 van %2 klaar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No photos or videos added yet.</source>
        <translation>Nog geen foto&apos;s of video&apos;s toegevoegd.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n video(s) ready.</source>
        <translation>
            <numerusform>%n video klaar.</numerusform>
            <numerusform>%n video&apos;s klaar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n folder(s) could not be opened. Photos and videos inside were not added; the list shows which folder(s).</source>
        <translation>
            <numerusform>%n map kon niet worden geopend. De foto&apos;s en video&apos;s erin zijn niet toegevoegd; de lijst laat zien welke.</numerusform>
            <numerusform>%n mappen konden niet worden geopend. De foto&apos;s en video&apos;s erin zijn niet toegevoegd; de lijst laat zien welke.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add your photos and videos</source>
        <translation>Voeg je foto&apos;s en video&apos;s toe</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Clear all</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This picture is on the list already.</source>
        <translation>Deze afbeelding staat al in de lijst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copied picture was added as “%1”. It is read from memory and never saved anywhere.</source>
        <extracomment>%1 is the name it gets in the list: &quot;Pasted picture 1&quot;.</extracomment>
        <translation>De gekopieerde afbeelding is toegevoegd als ‘%1’. Ze wordt uit het geheugen gelezen en nergens opgeslagen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard names files that are not on this computer (or no longer there), so nothing was added.</source>
        <translation>Het klembord noemt bestanden die niet (meer) op deze computer staan, dus er is niets toegevoegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a web address, not a photo on this computer. Save the photo first, then add the file.</source>
        <translation>Het klembord bevat een webadres, geen foto op deze computer. Sla de foto eerst op en voeg dan het bestand toe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a picture in a form SafeHash cannot read safely. Save it as a file first, then add the file.</source>
        <translation>Het klembord bevat een afbeelding in een vorm die SafeHash niet veilig kan lezen. Sla ze eerst op als bestand en voeg dan het bestand toe.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n photo(s) ready.</source>
        <translation>
            <numerusform>%n foto klaar.</numerusform>
            <numerusform>%n foto&apos;s klaar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n with too little detail.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the photos and videos have too little detail.</extracomment>
        <translation>
            <numerusform>%n met te weinig details.</numerusform>
            <numerusform>%n met te weinig details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be read.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the files could not be read.</extracomment>
        <translation>
            <numerusform>%n kon niet worden gelezen.</numerusform>
            <numerusform>%n konden niet worden gelezen.</numerusform>
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

Details voor de organisatie: %2</translation>
    </message>
</context>
<context>
    <name>BankWords</name>
    <message>
        <location filename="../../client/safehash/gui/bank_words.py" line="+33"/>
        <source>the practice bank on this computer</source>
        <extracomment>The practice bank, inside sentences such as &quot;3 photos will be sent as fingerprints to %1.&quot; Use the glossary&apos;s word for &quot;practice bank&quot;.</extracomment>
        <translation>de oefenbank op deze computer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the practice bank on this computer: nothing leaves this computer, and practice cases last only until SafeHash closes. Their case tokens do not work after that.</source>
        <translation>Dit is de oefenbank op deze computer: niets verlaat deze computer, en oefendossiers bestaan alleen tot SafeHash sluit. Daarna werken hun dossiersleutels niet meer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A practice case cannot be remembered: it ends when SafeHash closes.</source>
        <translation>Een oefendossier kan niet worden onthouden: het eindigt als SafeHash sluit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The practice bank does not know this case. Practice cases last only until SafeHash closes, so a case from an earlier time is gone; please open a new practice case.</source>
        <translation>De oefenbank kent dit dossier niet. Oefendossiers bestaan alleen tot SafeHash sluit, dus een dossier van een eerdere keer is weg. Open een nieuw oefendossier.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case.py" line="+53"/>
        <source>A case token links these fingerprints to your case, so that you or your support worker can check or withdraw them later.</source>
        <translation>Een dossiersleutel koppelt deze vingerafdrukken aan je dossier, zodat jij of je hulpverlener ze later kan bekijken of intrekken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have a case token</source>
        <translation>Ik heb een dossiersleutel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case token</source>
        <translation>Dossiersleutel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste the case token your support worker gave you</source>
        <translation>Typ of plak de dossiersleutel die je van je hulpverlener hebt gekregen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a new case</source>
        <translation>Een nieuw dossier openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new case now</source>
        <translation>Nu een nieuw dossier openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the hash bank for a new case and shows its token once</source>
        <translation>Vraagt de hashbank om een nieuw dossier en toont de sleutel één keer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your new case token</source>
        <translation>Je nieuwe dossiersleutel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the case token</source>
        <translation>De dossiersleutel kopiëren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the token so you can paste it somewhere safe</source>
        <translation>Kopieert de sleutel, zodat je hem op een veilige plek kunt plakken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to a file…</source>
        <translation>Opslaan in een bestand…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the case token to a file</source>
        <translation>De dossiersleutel opslaan in een bestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this token down or save it now: SafeHash shows it only this once.</source>
        <translation>Schrijf deze sleutel nu op of sla hem op: SafeHash toont hem alleen deze ene keer.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remember this case on this computer</source>
        <translation>Dit dossier onthouden op deze computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is kept in this computer&apos;s password store, so you can check your case later without typing it. Anyone who can use this computer account may be able to find it. If you share this computer, leave this off.</source>
        <translation>De sleutel wordt bewaard in de wachtwoordkluis van deze computer, zodat je je dossier later kunt bekijken zonder hem te typen. Iedereen die dit computeraccount kan gebruiken, kan hem misschien vinden. Deel je deze computer, laat dit dan uit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The case is forgotten when SafeHash closes.</source>
        <extracomment>%1 is a whole sentence saying that there is no secure password store.</extracomment>
        <translation>%1 Het dossier wordt vergeten wanneer SafeHash sluit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your case</source>
        <translation>Je dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opening a new case…</source>
        <translation>Een nieuw dossier openen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. SafeHash empties the clipboard again at Quick exit.</source>
        <translation>Gekopieerd. SafeHash maakt het klembord weer leeg bij Snel weg.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the case token</source>
        <translation>De dossiersleutel opslaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash case token: %1</source>
        <extracomment>The one line written in a saved token file.</extracomment>
        <translation>SafeHash-dossiersleutel: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your new case is open.</source>
        <translation>Je nieuwe dossier is open.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Letters and numbers only; dashes are optional.</source>
        <translation>Alleen letters en cijfers; streepjes mogen, maar hoeven niet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This case token looks right.</source>
        <translation>Deze dossiersleutel ziet er goed uit.</translation>
    </message>
</context>
<context>
    <name>CaseStatusPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case_status.py" line="+53"/>
        <source>See what the hash bank holds for your case, or ask it to delete the fingerprints. You need the case reference (it is on your receipt) and your case token.</source>
        <translation>Bekijk wat de hashbank voor je dossier bewaart, of vraag haar de vingerafdrukken te verwijderen. Je hebt het dossierkenmerk nodig (dat staat op je ontvangstbewijs) en je dossiersleutel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Case reference</source>
        <translation>Dossierkenmerk</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>From your receipt</source>
        <translation>Van je ontvangstbewijs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Case token</source>
        <translation>Dossiersleutel</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hidden as it is typed; “Show” shows it</source>
        <translation>Verborgen tijdens het typen; ‘Tonen’ laat hem zien</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+91"/>
        <source>Show the case token</source>
        <translation>De dossiersleutel tonen</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open a saved receipt…</source>
        <translation>Een bewaard ontvangstbewijs openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Open a saved receipt</source>
        <translation>Een bewaard ontvangstbewijs openen</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Fills in the case reference from a receipt you saved</source>
        <translation>Vult het dossierkenmerk in vanuit een ontvangstbewijs dat je hebt bewaard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check status</source>
        <translation>Status bekijken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sendings in this case</source>
        <translation>Verzendingen in dit dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw this sending…</source>
        <translation>Deze verzending intrekken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected sending</source>
        <translation>De gekozen verzending intrekken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw the whole case…</source>
        <translation>Het hele dossier intrekken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the whole case</source>
        <translation>Het hele dossier intrekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the bank to delete every fingerprint in it</source>
        <translation>Vraagt de bank om alle vingerafdrukken erin te verwijderen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check or withdraw a case</source>
        <translation>Een dossier bekijken of intrekken</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the case token</source>
        <translation>De dossiersleutel verbergen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please enter the case reference from your receipt.</source>
        <translation>Vul het dossierkenmerk van je ontvangstbewijs in.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is not a SafeHash receipt.</source>
        <translation>Dit bestand is geen SafeHash-ontvangstbewijs.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt opened. Now enter the case token of this case.</source>
        <translation>Ontvangstbewijs geopend. Vul nu de dossiersleutel van dit dossier in.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This case is open. Nothing has been sent to it yet.</source>
        <translation>Dit dossier is open. Er is nog niets naartoe gestuurd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is open, but the bank holds none of its fingerprints: every sending below was withdrawn.</source>
        <translation>Dit dossier is open, maar de bank bewaart geen van de vingerafdrukken: elke verzending hieronder is ingetrokken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case is open. The bank holds fingerprints of %1 in it.</source>
        <extracomment>%1 counts what the bank holds: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>Dit dossier is open. De bank bewaart er de vingerafdrukken van %1 in.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 %n sending(s) below were withdrawn.</source>
        <extracomment>%1 is the sentence &quot;This case is open. The bank holds fingerprints of 3 photos in it.&quot;</extracomment>
        <translation>
            <numerusform>%1 %n verzending hieronder is ingetrokken.</numerusform>
            <numerusform>%1 %n verzendingen hieronder zijn ingetrokken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent %1: %2 held (reference %3)</source>
        <extracomment>One sending in the case: %1 a date and time, %2 what the bank holds of it (&quot;3 photos and 1 video&quot;), %3 its reference code.</extracomment>
        <translation>Verstuurd op %1: vingerafdrukken van %2 bewaard (kenmerk %3)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The bank will delete these fingerprints. Platforms will no longer be able to match copies of these photos and videos.</source>
        <translation>De bank verwijdert deze vingerafdrukken. Platforms kunnen kopieën van deze foto&apos;s en video&apos;s dan niet meer herkennen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Withdraw the case</source>
        <translation>Het dossier intrekken</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Asking the hash bank…</source>
        <translation>De hashbank wordt gevraagd…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This case was withdrawn: the bank deleted its fingerprints.</source>
        <translation>Dit dossier is ingetrokken: de bank heeft de vingerafdrukken verwijderd.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent %1: withdrawn (reference %2)</source>
        <extracomment>One withdrawn sending: %1 a date and time, %2 its reference code.</extracomment>
        <translation>Verstuurd op %1: ingetrokken (kenmerk %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Withdrawn: the bank confirmed that it deleted these fingerprints.</source>
        <translation>Ingetrokken: de bank heeft bevestigd dat ze deze vingerafdrukken heeft verwijderd.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdraw this sending?</source>
        <translation>Deze verzending intrekken?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Withdraw the whole case?</source>
        <translation>Het hele dossier intrekken?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank will delete every fingerprint in this case, and nothing more can be sent to it.</source>
        <translation>De bank verwijdert alle vingerafdrukken in dit dossier, en er kan niets meer naartoe worden verstuurd.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/check.py" line="+44"/>
        <source>For each photo, SafeHash sends</source>
        <translation>Voor elke foto verstuurt SafeHash</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This bank takes only file fingerprints of videos: they find exact copies of a video, not one that was shortened or saved again.</source>
        <translation>Deze bank neemt van video&apos;s alleen bestandsvingerafdrukken aan: die vinden exacte kopieën van een video, niet een video die is ingekort of opnieuw opgeslagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each video, SafeHash sends</source>
        <translation>Voor elke video verstuurt SafeHash</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also sent, and never sent</source>
        <translation>Wat er ook wordt verstuurd, en wat nooit</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+90"/>
        <source>Show exactly what will be sent</source>
        <translation>Precies laten zien wat er wordt verstuurd</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Shows the message SafeHash will send to the bank, word for word</source>
        <translation>Toont woord voor woord het bericht dat SafeHash naar de bank stuurt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly what will be sent</source>
        <translation>Precies wat er wordt verstuurd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the whole message. The case token travels with it as a password (it is not shown here), and the reference below as its label.</source>
        <translation>Dit is het hele bericht. De dossiersleutel gaat mee als een wachtwoord (hij wordt hier niet getoond), en het kenmerk hieronder als label.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Also sent: your case token, which shows the bank these photos and videos belong to your case, and a random reference so that sending twice stores them only once.</source>
        <translation>Ook verstuurd: je dossiersleutel, die de bank laat zien dat deze foto&apos;s en video&apos;s bij jouw dossier horen, en een willekeurig kenmerk, zodat twee keer versturen ze maar één keer bewaart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never sent: the photos and videos themselves, their names, where they are on this computer, or when they were taken.</source>
        <translation>Nooit verstuurd: de foto&apos;s en video&apos;s zelf, hun namen, waar ze op deze computer staan, of wanneer ze zijn gemaakt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave out the photos and videos with too little detail</source>
        <translation>Foto&apos;s en video&apos;s met te weinig details weglaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They may not be recognised by platforms</source>
        <translation>Platforms herkennen ze misschien niet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too little detail</source>
        <translation>Te weinig details</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These photos and videos are of me, or I am allowed to act for the person in them.</source>
        <translation>Deze foto&apos;s en video&apos;s zijn van mij, of ik mag optreden namens de persoon die erop staat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I confirm these photos and videos are of me, or that I may act for the person in them</source>
        <translation>Ik bevestig dat deze foto&apos;s en video&apos;s van mij zijn, of dat ik mag optreden namens de persoon die erop staat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your confirmation</source>
        <translation>Je bevestiging</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check what will be sent</source>
        <translation>Controleer wat er wordt verstuurd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the hash bank what it accepts…</source>
        <translation>De hashbank wordt gevraagd wat ze accepteert…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The hash bank could not be asked yet: %1 This is checked again when sending.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>De hashbank kon nog niet worden gevraagd: %1 Dit wordt bij het versturen opnieuw gecontroleerd.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hide the exact message</source>
        <translation>Het precieze bericht verbergen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>SafeHash will send the fingerprints of %1 to %2.</source>
        <extracomment>%1 counts what is sent: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;; %2 is the name of the hash bank.</extracomment>
        <translation>SafeHash verstuurt de vingerafdrukken van %1 naar %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n photo(s) will be sent as fingerprints to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n foto wordt als vingerafdruk verstuurd naar %1.</numerusform>
            <numerusform>%n foto&apos;s worden als vingerafdrukken verstuurd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A picture fingerprint (PDQ), which still matches after a photo is resized or re-saved.</source>
        <translation>Een beeldvingerafdruk (PDQ), die nog overeenkomt nadat een foto is verkleind of opnieuw is opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second picture fingerprint (pHash), for platforms that use it.</source>
        <translation>Een tweede beeldvingerafdruk (pHash), voor platforms die die gebruiken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file fingerprint (MD5), which matches only exact copies.</source>
        <translation>Een bestandsvingerafdruk (MD5), die alleen overeenkomt met exacte kopieën.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second file fingerprint (SHA-256), for exact copies.</source>
        <translation>Een tweede bestandsvingerafdruk (SHA-256), voor exacte kopieën.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video fingerprint (vPDQ): a picture fingerprint of one frame each second, which still matches after a video is resized or re-saved.</source>
        <translation>Een videovingerafdruk (vPDQ): een beeldvingerafdruk van één beeld per seconde, die nog overeenkomt nadat een video is verkleind of opnieuw is opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Too little detail for a dependable match in %n photo(s): very dark, plain or tiny pictures have little detail. Platforms may not recognise copies of them.</source>
        <translation>
            <numerusform>Te weinig details voor een betrouwbare match in %n foto: die is misschien heel donker, egaal of klein. Platforms herkennen kopieën ervan misschien niet.</numerusform>
            <numerusform>Te weinig details voor een betrouwbare match in %n foto&apos;s: die zijn misschien heel donker, egaal of klein. Platforms herkennen kopieën ervan misschien niet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>In %n video(s), no frame has enough detail for a dependable match: the video may be very dark or plain. If sent, their file fingerprints still find exact copies.</source>
        <translation>
            <numerusform>In %n video heeft geen enkel beeld genoeg details voor een betrouwbare match: die is misschien heel donker of egaal. Als hij wordt verstuurd, vindt zijn bestandsvingerafdruk nog steeds exacte kopieën.</numerusform>
            <numerusform>In %n video&apos;s heeft geen enkel beeld genoeg details voor een betrouwbare match: die zijn misschien heel donker of egaal. Als ze worden verstuurd, vinden hun bestandsvingerafdrukken nog steeds exacte kopieën.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n file(s) could not be read and will not be sent.</source>
        <translation>
            <numerusform>%n bestand kon niet worden gelezen en wordt niet verstuurd.</numerusform>
            <numerusform>%n bestanden konden niet worden gelezen en worden niet verstuurd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n folder(s) could not be opened. Photos and videos inside will not be sent; step 2 shows which folder(s).</source>
        <translation>
            <numerusform>%n map kon niet worden geopend. De foto&apos;s en video&apos;s erin worden niet verstuurd; stap 2 laat zien welke.</numerusform>
            <numerusform>%n mappen konden niet worden geopend. De foto&apos;s en video&apos;s erin worden niet verstuurd; stap 2 laat zien welke.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing will be sent: no photo or video is chosen.</source>
        <translation>Er wordt niets verstuurd: er is geen foto of video gekozen.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Reference (Idempotency-Key): %1</source>
        <extracomment>&quot;Idempotency-Key&quot; is the technical name of the reference; keep it as it is.</extracomment>
        <translation>Kenmerk (Idempotency-Key): %1</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/close_guard.py" line="+25"/>
        <source>%n sending(s) not yet received by the hash bank.</source>
        <translation>
            <numerusform>%n verzending is nog niet aangekomen bij de hashbank.</numerusform>
            <numerusform>%n verzendingen zijn nog niet aangekomen bij de hashbank.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close SafeHash?</source>
        <translation>SafeHash sluiten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you close SafeHash now, they are forgotten: nothing was kept on this computer. You can stay and press Send again, or close anyway.</source>
        <translation>Als je SafeHash nu sluit, worden ze vergeten: er is niets bewaard op deze computer. Je kunt blijven en op ‘Opnieuw versturen’ drukken, of toch sluiten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay and send</source>
        <translation>Blijven en versturen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Close anyway</source>
        <translation>Toch sluiten</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/done.py" line="+46"/>
        <source>Receipt details</source>
        <translation>Details van het ontvangstbewijs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt</source>
        <translation>Je ontvangstbewijs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking or withdrawing later</source>
        <translation>Later bekijken of intrekken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To see what the bank holds, or to ask it to delete these fingerprints, press “%1” at the bottom of the window and enter your case token and case reference. Saving the receipt keeps the case reference for you; it holds no token, photo or fingerprint.</source>
        <extracomment>%1 is the name of the button &quot;Check or withdraw a case&quot;.</extracomment>
        <translation>Om te zien wat de bank bewaart, of om haar te vragen deze vingerafdrukken te verwijderen, druk je onder in het venster op ‘%1’ en vul je je dossiersleutel en het dossierkenmerk in. Als je het ontvangstbewijs bewaart, heb je het dossierkenmerk; er staat geen sleutel, foto of vingerafdruk in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save receipt…</source>
        <translation>Ontvangstbewijs opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt to a file</source>
        <translation>Het ontvangstbewijs opslaan in een bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this case now</source>
        <translation>Dit dossier nu bekijken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send more photos or videos</source>
        <translation>Meer foto&apos;s of video&apos;s versturen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts again at step 2 with the same case</source>
        <translation>Begint opnieuw bij stap 2, met hetzelfde dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything on this computer…</source>
        <translation>Alles vergeten op deze computer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>Alles vergeten op deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>Verwijdert alles wat SafeHash hier bewaarde: instellingen, onthouden dossier, wachtende verzendingen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you close SafeHash, it forgets the photos, videos, fingerprints and case token of this session by itself.</source>
        <translation>Als je SafeHash sluit, vergeet het vanzelf de foto&apos;s, video&apos;s, vingerafdrukken en dossiersleutel van deze sessie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing has been sent yet.</source>
        <translation>Er is nog niets verstuurd.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These fingerprints had reached %1 before, but they were withdrawn since.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>Deze vingerafdrukken waren al eerder bij %1 aangekomen, maar zijn sindsdien ingetrokken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bank deleted them: it holds none of these photos or videos. To send them again, open a new case.</source>
        <translation>De bank heeft ze verwijderd: ze bewaart niets meer van deze foto&apos;s en video&apos;s. Open een nieuw dossier om ze opnieuw te sturen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank deleted them: it holds none of these photos. To send them again, open a new case.</source>
        <translation>De bank heeft ze verwijderd: ze bewaart geen van deze foto’s. Open een nieuw dossier om ze opnieuw te sturen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your fingerprints were sent to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>Je vingerafdrukken zijn verstuurd naar %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bank already had these fingerprints. Check the case to see what it holds now.</source>
        <translation>De bank had deze vingerafdrukken al. Bekijk het dossier om te zien wat ze nu bewaart.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) or video(s) of them now.</source>
        <translation>
            <numerusform>De bank had deze vingerafdrukken al; ze bewaart er nu die van %n foto of video.</numerusform>
            <numerusform>De bank had deze vingerafdrukken al; ze bewaart er nu die van %n foto&apos;s of video&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) of them now.</source>
        <translation>
            <numerusform>De bank had deze vingerafdrukken al; ze bewaart er nu %n foto van.</numerusform>
            <numerusform>De bank had deze vingerafdrukken al; ze bewaart er nu %n foto’s van.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The bank accepted %n photo(s).</source>
        <translation>
            <numerusform>De bank heeft %n foto geaccepteerd.</numerusform>
            <numerusform>De bank heeft %n foto&apos;s geaccepteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 It did not accept %n photo(s), usually because of too little detail.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos.&quot;; %n how many it did not.</extracomment>
        <translation>
            <numerusform>%1 %n foto is niet geaccepteerd, meestal omdat die te weinig details heeft.</numerusform>
            <numerusform>%1 %n foto&apos;s zijn niet geaccepteerd, meestal omdat die te weinig details hebben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Case reference: %1
Sending reference: %2
Received: %3</source>
        <extracomment>Three lines of the receipt; the references are codes (in groups of four, to be read aloud), the last a date and time.</extracomment>
        <translation>Dossierkenmerk: %1
Kenmerk van de verzending: %2
Ontvangen: %3</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Anything you asked it to keep (settings, a remembered case, sendings waiting to be sent) stays until you press the button below. Files you saved yourself, such as this receipt or a case token file, are never deleted by SafeHash.</source>
        <translation>Wat je het hebt gevraagd te bewaren (instellingen, een onthouden dossier, verzendingen die nog wachten) blijft tot je op de knop hieronder drukt. Bestanden die je zelf hebt opgeslagen, zoals dit ontvangstbewijs of een bestand met de dossiersleutel, verwijdert SafeHash nooit.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The bank accepted %1.</source>
        <extracomment>%1 counts what the bank accepted: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>De bank heeft %1 geaccepteerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank accepted none of them.</source>
        <translation>De bank heeft er geen geaccepteerd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 It did not accept %2.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos and 1 video.&quot;; %2 counts what it did not accept: &quot;1 video&quot;.</extracomment>
        <translation>%1 %2 heeft ze niet geaccepteerd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the receipt</source>
        <translation>Het ontvangstbewijs opslaan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt was saved.</source>
        <translation>Het ontvangstbewijs is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../client/safehash/gui/error_text.py" line="+40"/>
        <source>This file could not be read.</source>
        <translation>Dit bestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer there; it may have been moved or deleted.</source>
        <translation>Het bestand is er niet meer; misschien is het verplaatst of verwijderd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be opened; you may not have permission to read it.</source>
        <translation>Het bestand kon niet worden geopend; misschien heb je geen toestemming om het te lezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file changed while it was being read; please add it again.</source>
        <translation>Het bestand veranderde terwijl het werd gelezen; voeg het opnieuw toe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a photo SafeHash can read.</source>
        <translation>Het bestand is te groot om een foto te zijn die SafeHash kan lezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo is incomplete or damaged, so it cannot be read to the end.</source>
        <translation>De foto is onvolledig of beschadigd, dus hij kan niet tot het einde worden gelezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is far larger than any camera photo, so it was not opened, to protect this computer.</source>
        <translation>De afbeelding is veel groter dan welke camerafoto ook, dus ze is niet geopend, om deze computer te beschermen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is damaged and could not be read.</source>
        <translation>De foto is beschadigd en kon niet worden gelezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is built in a way no camera or phone writes, so it was not opened, to protect this computer.</source>
        <translation>De afbeelding is opgebouwd op een manier die geen camera of telefoon gebruikt, dus ze is niet geopend, om deze computer te beschermen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file made SafeHash&apos;s reader stop, so it was not hashed; it may be damaged or made to cause harm. Your other files are safe.</source>
        <translation>Door dit bestand is de lezer van SafeHash gestopt, dus er is geen vingerafdruk van gemaakt; het bestand is misschien beschadigd of gemaakt om schade aan te richten. Je andere bestanden zijn veilig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file gave an answer SafeHash cannot trust, so it was not hashed; it may be made to cause harm.</source>
        <translation>Het lezen van dit bestand gaf een antwoord dat SafeHash niet kan vertrouwen, dus er is geen vingerafdruk van gemaakt; het bestand is misschien gemaakt om schade aan te richten.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This is not a photo or video but a folder or a special file.</source>
        <translation>Dit is geen foto of video maar een map of een speciaal bestand.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shortcut points back to itself, so there is nothing to read.</source>
        <translation>Deze snelkoppeling verwijst naar zichzelf, dus er is niets te lezen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty, so there is no photo or video in it.</source>
        <translation>Het bestand is leeg, dus er staat geen foto of video in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a photo or video SafeHash can read.</source>
        <translation>Dit bestand is geen foto of video die SafeHash kan lezen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This video is stored in a form SafeHash cannot read, so it was not opened.</source>
        <translation>Deze video is opgeslagen in een vorm die SafeHash niet kan lezen, dus hij is niet geopend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file holds no video (only sound, or nothing that plays), so there is nothing to read.</source>
        <translation>Dit bestand bevat geen video (alleen geluid, of niets wat afspeelt), dus er is niets te lezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video is damaged and could not be played, so it was not read.</source>
        <translation>De video is beschadigd en kon niet worden afgespeeld, dus hij is niet gelezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video does not say how fast it plays, so SafeHash cannot make its fingerprint.</source>
        <translation>De video zegt niet hoe snel hij afspeelt, dus SafeHash kan er geen vingerafdruk van maken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video is longer than %1 hours, the most SafeHash reads in one video, so it was not read.</source>
        <extracomment>%1 is a number of hours (4), in the digits of your language.</extracomment>
        <translation>De video duurt langer dan %1 uur, het meeste dat SafeHash van één video leest, dus hij is niet gelezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video&apos;s picture is far larger than any camera films, so it was not opened, to protect this computer.</source>
        <translation>Het beeld van de video is veel groter dan een camera filmt, dus hij is niet geopend, om deze computer te beschermen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file took far longer than it should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>Het lezen van dit bestand duurde veel langer dan normaal, dus SafeHash heeft het gestopt; het is misschien beschadigd of gemaakt om schade te doen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file needed far more memory than any photo or video should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>Het lezen van dit bestand had veel meer geheugen nodig dan een foto of video hoort te vragen, dus SafeHash heeft het gestopt; het is misschien beschadigd of gemaakt om schade te doen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder could not be opened, so the photos and videos in it were not added; you may not have permission to read it.</source>
        <translation>Deze map kon niet worden geopend, dus de foto’s en video’s erin zijn niet toegevoegd; misschien mag je hem niet lezen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not read this file because of a problem of its own.</source>
        <translation>SafeHash kon dit bestand niet lezen door een eigen probleem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hash bank could not be reached or did not accept the request.</source>
        <translation>De hashbank was niet bereikbaar of heeft het verzoek niet geaccepteerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect to the hash bank; please check that this computer is online.</source>
        <translation>SafeHash kon geen verbinding maken met de hashbank; controleer of deze computer online is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect through the proxy; please check that it (or Tor) is running.</source>
        <translation>SafeHash kon geen verbinding maken via de proxy; controleer of die (of Tor) draait.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank took too long to answer; please try again later.</source>
        <translation>De hashbank deed er te lang over om te antwoorden; probeer het later opnieuw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s security certificate could not be checked, so nothing was sent.</source>
        <translation>Het beveiligingscertificaat van de hashbank kon niet worden gecontroleerd, dus er is niets verstuurd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not show the security key SafeHash expects, so nothing was sent.</source>
        <translation>De hashbank liet niet de beveiligingssleutel zien die SafeHash verwacht, dus er is niets verstuurd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank tried to send SafeHash somewhere else; SafeHash did not follow.</source>
        <translation>De hashbank probeerde SafeHash ergens anders heen te sturen; SafeHash is niet gevolgd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s answer was far too large, so SafeHash ignored it.</source>
        <translation>Het antwoord van de hashbank was veel te groot, dus SafeHash heeft het genegeerd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank gave an answer SafeHash does not understand.</source>
        <translation>De hashbank gaf een antwoord dat SafeHash niet begrijpt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank is busy right now; please try again in a few minutes.</source>
        <translation>De hashbank is op dit moment druk; probeer het over een paar minuten opnieuw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank has a problem of its own; please try again later.</source>
        <translation>De hashbank heeft zelf een probleem; probeer het later opnieuw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this case token; please check it.</source>
        <translation>De hashbank heeft deze dossiersleutel niet geaccepteerd; controleer hem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused: this case token does not allow that.</source>
        <translation>De hashbank weigerde: met deze dossiersleutel mag dat niet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank does not let people open a case themselves; please ask your support worker for a case token.</source>
        <translation>Bij deze hashbank kun je niet zelf een dossier openen; vraag je hulpverlener om een dossiersleutel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case was withdrawn, so nothing more can be sent to it; please open a new case.</source>
        <translation>Dit dossier is ingetrokken, dus er kan niets meer naartoe worden verstuurd; open een nieuw dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this app&apos;s access code; please ask the organisation that gave you SafeHash.</source>
        <translation>De hashbank heeft de toegangscode van deze app niet geaccepteerd; vraag het aan de organisatie die je SafeHash heeft gegeven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This organisation&apos;s hash bank needs an access code, and none has been entered yet.</source>
        <translation>De hashbank van deze organisatie heeft een toegangscode nodig, en die is nog niet ingevuld.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The practice bank could not be started on this computer.</source>
        <translation>De oefenbank kon niet worden gestart op deze computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank does not know this case or sending; it may have been withdrawn.</source>
        <translation>De hashbank kent dit dossier of deze verzending niet; misschien is die ingetrokken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank already has a different sending under the same reference.</source>
        <translation>De hashbank heeft al een andere verzending onder hetzelfde kenmerk.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are too many photos and videos for one sending; please send them in smaller groups.</source>
        <translation>Dit zijn te veel foto’s en video’s voor één verzending; stuur ze in kleinere groepen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank cannot take videos, so nothing was sent; please send the photos without the videos.</source>
        <translation>Deze hashbank kan geen video&apos;s aannemen, dus er is niets verstuurd; stuur de foto&apos;s zonder de video&apos;s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent: this hash bank takes none of these fingerprints (it cannot take videos, for example).</source>
        <translation>Er is niets verstuurd: deze hashbank neemt geen van deze vingerafdrukken aan (ze neemt bijvoorbeeld geen video&apos;s aan).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused the request as not valid.</source>
        <translation>De hashbank weigerde het verzoek omdat het niet geldig is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s address must start with https://.</source>
        <translation>Het adres van de hashbank moet beginnen met https://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid web address.</source>
        <translation>Dit is geen geldig webadres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of SafeHash is not set up correctly; please tell the organisation that gave it to you.</source>
        <translation>Deze kopie van SafeHash is niet goed ingesteld; laat het weten aan de organisatie die hem je heeft gegeven.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved settings could not be read, so SafeHash uses its usual settings.</source>
        <translation>Je opgeslagen instellingen konden niet worden gelezen, dus SafeHash gebruikt de gewone instellingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure password store that SafeHash can use, so nothing secret can be remembered.</source>
        <translation>Deze computer heeft geen veilige wachtwoordkluis die SafeHash kan gebruiken, dus er kan niets geheims worden onthouden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password store did not answer (it may be locked), so nothing was saved.</source>
        <translation>De wachtwoordkluis antwoordde niet (misschien is die vergrendeld), dus er is niets opgeslagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token is needed; please enter one.</source>
        <translation>Er is een dossiersleutel nodig; vul er een in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved list of waiting sendings could not be opened.</source>
        <translation>De opgeslagen lijst met wachtende verzendingen kon niet worden geopend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid SafeHash file.</source>
        <translation>Dit is geen geldig SafeHash-bestand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the case token.</source>
        <translation>Vul de dossiersleutel in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token cannot contain some of these characters; please check it.</source>
        <translation>Een dossiersleutel kan sommige van deze tekens niet bevatten; controleer hem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too short; please check it.</source>
        <translation>De dossiersleutel is te kort; controleer hem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too long; please check it.</source>
        <translation>De dossiersleutel is te lang; controleer hem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case token has a typing mistake somewhere; please check it.</source>
        <translation>Er zit ergens een typefout in deze dossiersleutel; controleer hem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Er ging iets mis. Probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an animation; only its first picture was used.</source>
        <translation>Dit is een animatie; alleen het eerste beeld is gebruikt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo was turned upright, as a phone shows it.</source>
        <translation>De foto is rechtop gezet, zoals een telefoon hem toont.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is stored turned; its fingerprint was made both as stored and upright, as players show it.</source>
        <translation>De video is gedraaid opgeslagen; de vingerafdruk is gemaakt zoals hij is opgeslagen en rechtop, zoals spelers hem tonen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file holds more than one video; only the first one was read.</source>
        <translation>Dit bestand bevat meer dan één video; alleen de eerste is gelezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is cut short or damaged; only the part that plays was read.</source>
        <translation>De video is afgebroken of beschadigd; alleen het deel dat afspeelt is gelezen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video says it plays at an unusual speed; its frames were picked by that speed, as other video fingerprint tools do, so their times may be off.</source>
        <translation>De video geeft een ongewone snelheid op; de beelden zijn op die snelheid gekozen, zoals andere tools voor videovingerafdrukken doen, dus hun tijden kunnen afwijken.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The case token is %n character(s) too short.</source>
        <translation>
            <numerusform>De dossiersleutel is %n teken te kort.</numerusform>
            <numerusform>De dossiersleutel is %n tekens te kort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The case token is %n character(s) too long.</source>
        <translation>
            <numerusform>De dossiersleutel is %n teken te lang.</numerusform>
            <numerusform>De dossiersleutel is %n tekens te lang.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A case token cannot contain %1; please check it.</source>
        <translation>Een dossiersleutel kan geen %1 bevatten; controleer hem.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../client/safehash/gui/file_dialogs.py" line="+138"/>
        <source>Photos (%1)</source>
        <translation>Foto&apos;s (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose photos or videos</source>
        <translation>Foto&apos;s of video&apos;s kiezen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos and videos (%1)</source>
        <translation>Foto&apos;s en video&apos;s (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (%1)</source>
        <translation>Video&apos;s (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a folder of photos or videos</source>
        <translation>Een map met foto&apos;s of video&apos;s kiezen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace the file?</source>
        <translation>Bestand vervangen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a file named %1. Replace it?</source>
        <extracomment>%1 is the name of a file the person chose to save to.</extracomment>
        <translation>Er is al een bestand met de naam %1. Wil je het vervangen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old file</source>
        <translation>Het oude bestand houden</translation>
    </message>
</context>
<context>
    <name>Forget</name>
    <message>
        <location filename="../../client/safehash/gui/forget.py" line="+18"/>
        <source>Forget everything?</source>
        <translation>Alles vergeten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash will delete everything it kept on this computer: your settings, a remembered case token and fingerprints waiting to be sent.</source>
        <translation>SafeHash verwijdert alles wat het op deze computer heeft bewaard: je instellingen, een onthouden dossiersleutel en vingerafdrukken die nog verstuurd moeten worden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you saved yourself, such as a receipt or a case token file, stay where you saved them: delete them yourself if you no longer need them. What was sent to the bank stays there; withdraw it first if you want it gone.</source>
        <translation>Bestanden die je zelf hebt opgeslagen, zoals een ontvangstbewijs of een bestand met de dossiersleutel, blijven waar je ze hebt opgeslagen: verwijder ze zelf als je ze niet meer nodig hebt. Wat naar de bank is gestuurd, blijft daar; trek het eerst in als je wilt dat het weg is.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget everything</source>
        <translation>Alles vergeten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../client/safehash/gui/i18n.py" line="+224"/>
        <source>English</source>
        <extracomment>The name of your language, written in your language, as it should appear in a list of languages: for example &quot;Español&quot;, &quot;Français&quot;, &quot;Português (Brasil)&quot;.</extracomment>
        <translation>Nederlands</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/safehash/gui/main_window.py" line="+123"/>
        <location filename="../../client/safehash/gui/pages/done.py" line="-151"/>
        <source>Check or withdraw a case</source>
        <translation>Een dossier bekijken of intrekken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network log</source>
        <translation>Netwerklogboek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every connection SafeHash made</source>
        <translation>Elke verbinding die SafeHash heeft gemaakt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Go to the previous step</source>
        <translation>Naar de vorige stap</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Step %1 of %2: %3</source>
        <extracomment>The title of each step: &quot;Step 2 of 5: Add your photos and videos&quot;. A support worker on the phone names the step by its number.</extracomment>
        <translation>Stap %1 van %2: %3</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the steps</source>
        <translation>Terug naar de stappen</translation>
    </message>
</context>
<context>
    <name>MediaWords</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/media_words.py" line="+35"/>
        <source>%n photo(s)</source>
        <extracomment>A count inside a sentence, such as &quot;SafeHash will send the fingerprints of 3 photos to ...&quot;, &quot;The bank accepted 3 photos and 1 video.&quot;</extracomment>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foto&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n video(s)</source>
        <extracomment>A count inside a sentence, such as &quot;SafeHash will send the fingerprints of 1 video to ...&quot;, &quot;The bank accepted 3 photos and 1 video.&quot;</extracomment>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n video&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <extracomment>Two counts: %1 is &quot;3 photos&quot;, %2 is &quot;1 video&quot;.</extracomment>
        <translation>%1 en %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n video(s) cannot be sent to %1: it takes no videos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n video kan niet naar %1 worden verstuurd: daar worden geen video&apos;s aangenomen.</numerusform>
            <numerusform>%n video&apos;s kunnen niet naar %1 worden verstuurd: daar worden geen video&apos;s aangenomen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) cannot be sent to %1: it takes no photos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n foto kan niet naar %1 worden verstuurd: daar worden geen foto&apos;s aangenomen.</numerusform>
            <numerusform>%n foto&apos;s kunnen niet naar %1 worden verstuurd: daar worden geen foto&apos;s aangenomen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) cannot be sent to %1: it takes none of their fingerprints.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n bestand kan niet naar %1 worden verstuurd: daar wordt geen van zijn vingerafdrukken aangenomen.</numerusform>
            <numerusform>%n bestanden kunnen niet naar %1 worden verstuurd: daar wordt geen van hun vingerafdrukken aangenomen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/network_log.py" line="+38"/>
        <source>Every connection SafeHash made since it started. It never contains your photos or videos, their names or your case token, and it is forgotten when SafeHash closes.</source>
        <translation>Elke verbinding die SafeHash heeft gemaakt sinds het is gestart. Het bevat nooit je foto&apos;s of video&apos;s, hun namen of je dossiersleutel, en het wordt vergeten wanneer SafeHash sluit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections</source>
        <translation>Verbindingen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list</source>
        <translation>De lijst vernieuwen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <extracomment>Column titles of the network log. &quot;Method&quot; is the kind of HTTP request (GET, POST); &quot;Host&quot; the server&apos;s name; &quot;Answer&quot; the server&apos;s status code.</extracomment>
        <translation>Tijd</translation>
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
        <translation>Pad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>Bytes verstuurd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes received</source>
        <translation>Bytes ontvangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network log</source>
        <translation>Netwerklogboek</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../client/safehash/gui/widgets.py" line="+172"/>
        <source>Scroll the page</source>
        <translation>Door de pagina schuiven</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../../client/safehash/gui/photos.py" line="+85"/>
        <source>Pasted picture %1</source>
        <extracomment>The name of a picture pasted from the clipboard (it has no file name); %1 counts them: &quot;Pasted picture 1&quot;, &quot;Pasted picture 2&quot;.</extracomment>
        <translation>Geplakte afbeelding %1</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Photo or video</source>
        <translation>Foto of video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1 read so far…</source>
        <extracomment>A video being read whose length is not known; %1 is how much of it was read, as minutes:seconds (&quot;1:05&quot;).</extracomment>
        <translation>Video lezen: tot nu toe %1 gelezen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1%</source>
        <extracomment>A video being read; %1 is how much of it is done, in percent (&quot;40&quot;): write the percent sign as your language does (&quot;40 %&quot;, &quot;40٪&quot;).</extracomment>
        <translation>Video lezen: %1%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready (video, %1)</source>
        <extracomment>A video whose fingerprint is made; %1 is its length, as minutes:seconds (&quot;0:12&quot;) or hours:minutes:seconds.</extracomment>
        <translation>Klaar (video, %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too little detail for a dependable match</source>
        <translation>Te weinig details voor een betrouwbare match</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../client/safehash/gui/preview.py" line="+33"/>
        <source>A still of your video</source>
        <translation>Een stilstaand beeld van je video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your photo</source>
        <translation>Je foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening one still picture of the video…</source>
        <translation>Een stilstaand beeld van de video wordt geopend…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the photo…</source>
        <translation>De foto wordt geopend…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A still picture of the video</source>
        <translation>Een stilstaand beeld van de video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo</source>
        <translation>De foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One still picture, from about a second into the video. The video is not played.</source>
        <translation>Eén stilstaand beeld, van ongeveer een seconde na het begin van de video. De video wordt niet afgespeeld.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only shown here. SafeHash does not keep a copy of it.</source>
        <translation>Alleen hier getoond. SafeHash bewaart er geen kopie van.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the picture</source>
        <translation>Het beeld sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the photo</source>
        <translation>De foto sluiten</translation>
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
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <location filename="../../client/safehash/gui/quick_exit.py" line="+33"/>
        <source>Press %1 twice quickly, or %2, to leave at once.</source>
        <extracomment>%1 is the Esc key, %2 the shortcut Ctrl+Shift+X, as this computer names them.</extracomment>
        <translation>Druk twee keer snel op %1, of op %2, om meteen weg te gaan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quick exit</source>
        <translation>Snel weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes SafeHash at once and forgets everything. %1</source>
        <translation>Sluit SafeHash meteen en vergeet alles. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave at once: the window closes and SafeHash forgets everything. %1</source>
        <translation>Meteen weg: het venster sluit en SafeHash vergeet alles. %1</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/send.py" line="+53"/>
        <source>Sending progress</source>
        <translation>Voortgang van het versturen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the same fingerprints again; the bank stores them only once</source>
        <translation>Verstuurt dezelfde vingerafdrukken opnieuw; de bank bewaart ze maar één keer</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>Waiting to be sent</source>
        <translation>Wacht op versturen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sendings that the hash bank does not have yet</source>
        <translation>Verzendingen die de hashbank nog niet heeft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send again</source>
        <translation>Opnieuw versturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected sending again</source>
        <translation>De gekozen verzending opnieuw versturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Discard the selected sending</source>
        <translation>De gekozen verzending weggooien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will not be sent</source>
        <translation>Die wordt niet verstuurd</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See your receipt</source>
        <translation>Je ontvangstbewijs bekijken</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is nothing to send yet; please go back a step.</source>
        <translation>Er is nog niets om te versturen; ga een stap terug.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1, waiting since %2.</source>
        <extracomment>One sending in the list; %1 counts what it holds (&quot;3 photos and 1 video&quot;), %2 is a date and time.</extracomment>
        <translation>%1, wachtend sinds %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not held: the hash bank had these fingerprints, but they were withdrawn.</source>
        <translation>Niet bewaard: de hashbank had deze vingerafdrukken, maar ze zijn ingetrokken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. The hash bank confirmed it.</source>
        <translation>Verstuurd. De hashbank heeft het bevestigd.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These fingerprints will not be sent. Your photos and videos are not affected.</source>
        <translation>Deze vingerafdrukken worden niet verstuurd. Je foto&apos;s en video&apos;s blijven zoals ze zijn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Not sent yet.</source>
        <translation>Nog niet verstuurd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Your fingerprints are kept in the list below until they are sent.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>%1 Je vingerafdrukken blijven in de lijst hieronder tot ze verstuurd zijn.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending the fingerprints…</source>
        <translation>De vingerafdrukken worden verstuurd…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 Last try: %2</source>
        <extracomment>%1 is the line above (&quot;3 photos, waiting since ...&quot;), %2 a whole sentence saying what went wrong at the last try.</extracomment>
        <translation>%1 Laatste poging: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These are kept only until SafeHash closes.</source>
        <translation>Deze worden alleen bewaard tot SafeHash sluit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are kept, encrypted, on this computer until they are sent.</source>
        <translation>Deze worden versleuteld op deze computer bewaard tot ze verstuurd zijn.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Discard this sending?</source>
        <translation>Deze verzending weggooien?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/settings_page.py" line="+61"/>
        <location line="+9"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A language you choose is used at once. To keep it for next time, press “%1” below.</source>
        <extracomment>%1 is the name of the button &quot;Save on this computer&quot;.</extracomment>
        <translation>Een taal die je kiest, wordt meteen gebruikt. Wil je hem de volgende keer houden, druk dan hieronder op ‘%1’.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Save on this computer</source>
        <translation>Opslaan op deze computer</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Tekstgrootte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another hash bank (advanced)</source>
        <translation>Een andere hashbank gebruiken (gevorderd)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another hash bank</source>
        <translation>Een andere hashbank gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the other hash bank</source>
        <translation>Adres van de andere hashbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash bank</source>
        <translation>Hashbank</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy address</source>
        <translation>Proxyadres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example socks5h://127.0.0.1:9050 to go through Tor</source>
        <translation>Bijvoorbeeld socks5h://127.0.0.1:9050 om via Tor te gaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to connect directly. To hide that you use SafeHash from your network, enter the address of a proxy such as Tor.</source>
        <translation>Laat leeg om rechtstreeks verbinding te maken. Om voor je netwerk te verbergen dat je SafeHash gebruikt, vul je het adres in van een proxy zoals Tor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember my case on this computer</source>
        <translation>Mijn dossier onthouden op deze computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep fingerprints that could not be sent yet, encrypted</source>
        <translation>Vingerafdrukken die nog niet verstuurd konden worden versleuteld bewaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep fingerprints that could not be sent yet</source>
        <translation>Vingerafdrukken bewaren die nog niet verstuurd konden worden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By default SafeHash remembers nothing: everything is forgotten when it closes.</source>
        <translation>Standaard onthoudt SafeHash niets: alles wordt vergeten wanneer het sluit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this computer remembers</source>
        <translation>Wat deze computer onthoudt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use until SafeHash closes</source>
        <translation>Gebruiken tot SafeHash sluit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings until SafeHash closes</source>
        <translation>Deze instellingen gebruiken tot SafeHash sluit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these settings on this computer</source>
        <translation>Deze instellingen opslaan op deze computer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget everything on this computer…</source>
        <translation>Alles op deze computer vergeten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>Alles op deze computer vergeten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>Verwijdert alles wat SafeHash hier heeft bewaard: instellingen, onthouden dossier, wachtende verzendingen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything</source>
        <translation>Alles vergeten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes your saved settings, a remembered case token and fingerprints waiting to be sent. Files you saved yourself, such as a receipt or a case token file, stay where you saved them.</source>
        <translation>Verwijdert je opgeslagen instellingen, een onthouden dossiersleutel en vingerafdrukken die nog verstuurd moeten worden. Bestanden die je zelf hebt opgeslagen, zoals een ontvangstbewijs of een bestand met de dossiersleutel, blijven waar je ze hebt opgeslagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About SafeHash and its licences…</source>
        <translation>Over SafeHash en de licenties…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About SafeHash and its licences</source>
        <translation>Over SafeHash en de licenties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About SafeHash</source>
        <translation>Over SafeHash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which free software SafeHash includes, under which licences, and where its source code is.</source>
        <translation>Welke vrije software SafeHash bevat, onder welke licenties, en waar de broncode te vinden is.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fingerprints are sent to %1, as set by %2.</source>
        <extracomment>%1 is the hash bank (&quot;the practice bank on this computer ...&quot; or its name), %2 the organisation that set up this copy of SafeHash.</extracomment>
        <translation>Vingerafdrukken worden verstuurd naar %1, zo ingesteld door %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer&apos;s language</source>
        <translation>De taal van de computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual size</source>
        <translation>Normale grootte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger</source>
        <translation>Groter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>Grootst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2%)</source>
        <extracomment>A text size: %1 its name (&quot;Larger&quot;), %2 how big, in per cent (&quot;125&quot;).</extracomment>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language changed: %1.</source>
        <extracomment>Shown (and read out) after the person picks a language; %1 is its name.</extracomment>
        <translation>Taal gewijzigd: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The proxy address is not valid: it starts with socks5h://, socks5://, http:// or https://, followed by the proxy&apos;s address and port.</source>
        <translation>Het proxyadres is niet geldig: het begint met socks5h://, socks5://, http:// of https://, gevolgd door het adres en de poort van de proxy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A proxy with a password cannot be used from the settings.</source>
        <translation>Een proxy met een wachtwoord kan niet vanuit de instellingen worden gebruikt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hash bank address is not valid: %1</source>
        <extracomment>%1 is a whole sentence saying what a valid address looks like.</extracomment>
        <translation>Het adres van de hashbank is niet geldig: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved on this computer.</source>
        <translation>Opgeslagen op deze computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use until SafeHash closes. Nothing was saved.</source>
        <translation>In gebruik tot SafeHash sluit. Er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../client/safehash/gui/step_indicator.py" line="+38"/>
        <source>Step %1 of %2</source>
        <extracomment>What a screen reader says for the row of step numbers at the top.</extracomment>
        <translation>Stap %1 van %2</translation>
    </message>
</context>
<context>
    <name>SupportGuide</name>
    <message>
        <location filename="../../client/safehash/gui/guide_text.py" line="+19"/>
        <source>SafeHash: a step-by-step guide for support workers</source>
        <extracomment>The title of the support worker&apos;s guide (a web page).</extracomment>
        <translation>SafeHash: stap-voor-stapgids voor hulpverleners</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this guide on the phone or beside the person. Each step shows the window as the person sees it, with the step number at the top that you can both name, and what you can say. Let the person press the buttons themselves, and never ask them to send you their photos or videos.</source>
        <translation>Gebruik deze gids aan de telefoon of naast de persoon. Elke stap toont het venster zoals de persoon het ziet, met bovenaan het nummer van de stap dat jullie allebei kunnen noemen, en wat je kunt zeggen. Laat de persoon zelf op de knoppen drukken, en vraag nooit om je de foto’s of video’s te sturen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before you start, show the person “%1” in the top corner of every window: it closes SafeHash at once and forgets everything. %2</source>
        <extracomment>%1 is the name of the Quick exit button, %2 the sentence that names its keys.</extracomment>
        <translation>Laat de persoon voor je begint ‘%1’ zien in de bovenhoek van elk venster: daarmee sluit SafeHash meteen en vergeet het alles. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to say</source>
        <extracomment>The heading above the words a support worker can say at each step.</extracomment>
        <translation>Wat je kunt zeggen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash makes a fingerprint of each photo and video on the person&apos;s own computer. Only the fingerprints are sent, never the photos or videos. A fingerprint does not remove photos or videos that are already online. When the person is ready, they press “%1”.</source>
        <extracomment>%1 is the name of the button that starts (on the window: &quot;Start&quot;).</extracomment>
        <translation>SafeHash maakt op de eigen computer van de persoon een vingerafdruk van elke foto en video. Alleen de vingerafdrukken worden verstuurd, nooit de foto’s of video’s. Een vingerafdruk haalt geen foto’s of video’s weg die al online staan. Als de persoon klaar is, drukt die op ‘%1’.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person drags their photos and videos onto the window, or presses “%1” and picks them; they can also open them with SafeHash from their file manager. Nothing is shown unless they ask, and a video is never played: asking shows one still picture from it. A long video takes a while; its row shows how far it has got. When every row says “%2”, they press “%3”.</source>
        <extracomment>%1 is the button that opens the file chooser, %2 the word a row of the list shows when its photo or video has been read (&quot;Ready&quot;), %3 the button that goes on (&quot;Continue&quot;). A &quot;row&quot; is one line of the list of photos and videos.</extracomment>
        <translation>De persoon sleept de foto’s en video’s naar het venster, of drukt op ‘%1’ en kiest ze; ze met SafeHash openen vanuit bestandsbeheer kan ook. Er wordt niets getoond tenzij de persoon erom vraagt, en een video wordt nooit afgespeeld: op verzoek wordt er alleen één stilstaand beeld uit getoond. Een lange video duurt even; in zijn rij staat hoe ver SafeHash is. Als in elke rij ‘%2’ staat, drukt die op ‘%3’.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This page says what will be sent, and can show the whole message. Photos and videos with too little detail can be left out. The person ticks the box that says the photos and videos are of them, or that they may act for the person in them, and presses “%1”.</source>
        <extracomment>%1 is the button that goes on (&quot;Continue&quot;).</extracomment>
        <translation>Deze pagina zegt wat er verstuurd wordt en kan het hele bericht tonen. Foto’s en video’s met te weinig detail kunnen worden weggelaten. De persoon vinkt aan dat de foto’s en video’s van hen zijn, of dat ze namens de persoon erop mogen handelen, en drukt op ‘%1’.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SafeHash sends the fingerprints and shows what the hash bank confirmed. The person can press “%1”: the receipt holds the case reference, never the case token, a photo or a video. If sending fails, the fingerprints wait in a list and can be sent again.</source>
        <extracomment>%1 is the button that saves the receipt.</extracomment>
        <translation>SafeHash verstuurt de vingerafdrukken en toont wat de hashbank heeft bevestigd. De persoon kan op ‘%1’ drukken: het ontvangstbewijs bevat het dossierkenmerk, nooit de dossiersleutel, een foto of een video. Als versturen mislukt, wachten de vingerafdrukken in een lijst en kunnen ze opnieuw worden verstuurd.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>If you gave the person a case token, they type it here. Otherwise they open a new case: its case token is shown only once, so they write it down or save it somewhere safe. Then they press “%1”.</source>
        <extracomment>%1 is the button that sends (&quot;Send&quot;).</extracomment>
        <translation>Als je de persoon een dossiersleutel hebt gegeven, typt die hem hier. Anders opent die een nieuw dossier: de dossiersleutel wordt maar één keer getoond, dus die wordt opgeschreven of op een veilige plek bewaard. Daarna drukt de persoon op ‘%1’.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Later, “%1” at the bottom of the window asks the bank what it holds for the case, and can withdraw it. The person needs the case reference from the receipt and the case token.</source>
        <extracomment>%1 is the name of the link at the bottom of the window (&quot;Check or withdraw a case&quot;).</extracomment>
        <translation>Later vraagt ‘%1’ onder in het venster de bank wat ze voor het dossier bewaart, en kan het dossier intrekken. De persoon heeft het dossierkenmerk van het ontvangstbewijs en de dossiersleutel nodig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made from SafeHash %1 itself, in this language. The pictures are practice photos, never anyone&apos;s own.</source>
        <extracomment>%1 is SafeHash&apos;s version number.</extracomment>
        <translation>Gemaakt met SafeHash %1 zelf, in deze taal. De afbeeldingen zijn oefenfoto’s, nooit die van iemand.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/welcome.py" line="+40"/>
        <source>What is sent, and what is not</source>
        <translation>Wat er wordt verstuurd, en wat niet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What this can and cannot do</source>
        <translation>Wat dit wel en niet kan</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Help and support</source>
        <translation>Hulp en steun</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick exit: %1</source>
        <translation>Snel weg: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Sent: a fingerprint of each photo and video (a short code made from the picture, often called a hash) and your case token.</source>
        <translation>Verstuurd: een vingerafdruk van elke foto en video (een korte code die uit het beeld wordt berekend, vaak een ‘hash’ genoemd) en je dossiersleutel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never sent: your photos and videos, their names, where they are on this computer, or anything else about you.</source>
        <translation>Nooit verstuurd: je foto&apos;s en video&apos;s, hun namen, waar ze op deze computer staan, of wat dan ook over jou.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It helps partner platforms block copies of your photos and videos. It does not remove what is already online, and it cannot stop every website.</source>
        <translation>Het helpt partnerplatforms om kopieën van je foto&apos;s en video&apos;s te blokkeren. Het verwijdert niets wat al online staat, en het kan niet elke website tegenhouden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fingerprint is sensitive: a rough likeness of a photo, or of moments of a video, can sometimes be rebuilt from it. It is only sent to the bank named here.</source>
        <translation>Een vingerafdruk is gevoelig: soms is er een ruwe benadering van een foto, of van momenten uit een video, uit terug te halen. Hij wordt alleen verstuurd naar de bank die hier staat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If someone in a photo or video was under %1</source>
        <extracomment>%1 is the age, 18, in the digits of your language.</extracomment>
        <translation>Als iemand op een foto of video jonger was dan %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to %1, where you can try out every step: nothing leaves this computer.</source>
        <translation>SafeHash maakt een vingerafdruk van elke foto en video die je kiest, hier op deze computer. Alleen deze vingerafdrukken worden met je dossiersleutel naar %1 gestuurd, waar je elke stap kunt uitproberen: niets verlaat deze computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to the hash bank used by %1. Partner platforms use them to recognise copies of your photos and videos and block them.</source>
        <translation>SafeHash maakt een vingerafdruk van elke foto en video die je kiest, hier op deze computer. Alleen deze vingerafdrukken worden, met je dossiersleutel, naar de hashbank van %1 gestuurd. Partnerplatforms gebruiken ze om kopieën van je foto&apos;s en video&apos;s te herkennen en te blokkeren.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the website in your browser</source>
        <translation>Opent de website in je browser</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
</context>
</TS>
