<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../client/safehash/gui/about.py" line="+19"/>
        <source>About SafeHash and its licences</source>
        <translation>À propos de SafeHash et de ses licences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash %1 is free software under the Apache License 2.0. It includes other free software, each under its own licence. The list below, in English as the licences are written, names every part, its licence and where its source code is.</source>
        <translation>SafeHash %1 est un logiciel libre sous licence Apache 2.0. Il contient d’autres logiciels libres, chacun sous sa propre licence. La liste ci-dessous, en anglais comme les licences sont rédigées, nomme chaque partie, sa licence et l’endroit où se trouve son code source.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This installation includes parts under the GNU General Public License (%1), so SafeHash as installed here is distributed under the GPL, version 3. You may share it under those terms, and you are entitled to the complete source code of every part.</source>
        <translation>Cette installation contient des parties sous licence publique générale GNU (%1) : SafeHash tel qu’il est installé ici est donc distribué sous la GPL, version 3. Vous pouvez le partager selon ces conditions, et vous avez droit au code source complet de chaque partie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Software included, licences and sources</source>
        <translation>Logiciels inclus, licences et sources</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AddPhotosPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/add_photos.py" line="+92"/>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Choisir un dossier</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Add the photos and videos you want to protect: drag them, or whole folders, onto this window, or choose them below. Nothing is shown here unless you ask to see it, and videos are never played.</source>
        <translation>Ajoutez les photos et vidéos que vous voulez protéger&#xa0;: faites-les glisser (ou des dossiers entiers) dans cette fenêtre, ou choisissez-les ci-dessous. Rien ne s’affiche ici sauf si vous demandez à le voir, et les vidéos ne sont jamais lues.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose photos or videos…</source>
        <translation>Choisir des photos ou des vidéos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photos or videos</source>
        <translation>Choisir des photos ou des vidéos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick photos and videos on this computer</source>
        <translation>Ouvre une fenêtre pour choisir des photos et des vidéos sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds every photo and video in a folder</source>
        <translation>Ajoute toutes les photos et vidéos d’un dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste copied photos or videos</source>
        <translation>Coller les photos ou vidéos copiées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds photos and videos you copied in your file manager, or a picture you copied (%1)</source>
        <extracomment>%1 is the paste shortcut, Ctrl+V on most computers.</extracomment>
        <translation>Ajoute les photos et vidéos copiées dans votre gestionnaire de fichiers, ou une image copiée (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You can also drop photos, videos or folders anywhere on this window.</source>
        <translation>Vous pouvez aussi déposer des photos, des vidéos ou des dossiers n’importe où dans cette fenêtre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop reading</source>
        <translation>Arrêter la lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and videos not read yet are taken off the list</source>
        <translation>Les photos et vidéos pas encore lues sont retirées de la liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your photos and videos</source>
        <translation>Vos photos et vidéos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of each photo and video, and what happened to it</source>
        <translation>Le nom de chaque photo et vidéo, et ce qu’il en est advenu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show a still of this video</source>
        <translation>Afficher une image fixe de cette vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this photo</source>
        <translation>Afficher cette photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows one still picture from the selected video in a separate window; the video is not played, and nothing is saved</source>
        <translation>Affiche une image fixe de la vidéo choisie dans une autre fenêtre&#xa0;; la vidéo n’est pas lue, et rien n’est enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the selected photo in a separate window; it is not saved</source>
        <translation>Affiche la photo choisie dans une autre fenêtre&#xa0;; elle n’est pas enregistrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected photos and videos</source>
        <translation>Retirer les photos et vidéos choisies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the selected photos and videos off the list (the files are not touched)</source>
        <translation>Retire les photos et vidéos choisies de la liste (les fichiers ne sont pas modifiés)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear all photos and videos</source>
        <translation>Retirer toutes les photos et vidéos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes every photo and video off the list (the files are not touched)</source>
        <translation>Retire toutes les photos et vidéos de la liste (les fichiers ne sont pas modifiés)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing to paste: the clipboard is empty. Copy photos or videos in your file manager, or copy a picture, then paste again.</source>
        <translation>Rien à coller&#xa0;: le presse-papiers est vide. Copiez des photos ou des vidéos dans votre gestionnaire de fichiers, ou copiez une image, puis collez à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds text, not photos or videos, so nothing was added.</source>
        <translation>Le presse-papiers contient du texte, pas des photos ni des vidéos, donc rien n’a été ajouté.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading photos and videos: %1 of %2 done</source>
        <translation>Lecture des photos et vidéos&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No photos or videos added yet.</source>
        <translation>Aucune photo ni vidéo ajoutée pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n video(s) ready.</source>
        <translation>
            <numerusform>%n vidéo prête.</numerusform>
            <numerusform>%n vidéos prêtes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n folder(s) could not be opened. Photos and videos inside were not added; the list shows which folder(s).</source>
        <translation>
            <numerusform>%n dossier n’a pas pu être ouvert. Les photos et vidéos qu’il contient n’ont pas été ajoutées&#xa0;; la liste indique lequel.</numerusform>
            <numerusform>%n dossiers n’ont pas pu être ouverts. Les photos et vidéos qu’ils contiennent n’ont pas été ajoutées&#xa0;; la liste indique lesquels.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add your photos and videos</source>
        <translation>Ajoutez vos photos et vidéos</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Clear all</source>
        <translation>Tout retirer</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This picture is on the list already.</source>
        <translation>Cette image est déjà dans la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copied picture was added as “%1”. It is read from memory and never saved anywhere.</source>
        <extracomment>%1 is the name it gets in the list: &quot;Pasted picture 1&quot;.</extracomment>
        <translation>L’image copiée a été ajoutée sous le nom «&#xa0;%1&#xa0;». Elle est lue depuis la mémoire et n’est jamais enregistrée nulle part.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard names files that are not on this computer (or no longer there), so nothing was added.</source>
        <translation>Le presse-papiers nomme des fichiers qui ne sont pas (ou plus) sur cet ordinateur, donc rien n’a été ajouté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a web address, not a photo on this computer. Save the photo first, then add the file.</source>
        <translation>Le presse-papiers contient une adresse web, pas une photo de cet ordinateur. Enregistrez d’abord la photo, puis ajoutez le fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a picture in a form SafeHash cannot read safely. Save it as a file first, then add the file.</source>
        <translation>Le presse-papiers contient une image dans un format que SafeHash ne peut pas lire en toute sécurité. Enregistrez-la d’abord comme fichier, puis ajoutez le fichier.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n photo(s) ready.</source>
        <translation>
            <numerusform>%n photo prête.</numerusform>
            <numerusform>%n photos prêtes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n with too little detail.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the photos and videos have too little detail.</extracomment>
        <translation>
            <numerusform>%n avec trop peu de détails.</numerusform>
            <numerusform>%n avec trop peu de détails.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be read.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the files could not be read.</extracomment>
        <translation>
            <numerusform>%n n’a pas pu être lue.</numerusform>
            <numerusform>%n n’ont pas pu être lues.</numerusform>
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

Détails pour l’organisation&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BankWords</name>
    <message>
        <location filename="../../client/safehash/gui/bank_words.py" line="+33"/>
        <source>the practice bank on this computer</source>
        <extracomment>The practice bank, inside sentences such as &quot;3 photos will be sent as fingerprints to %1.&quot; Use the glossary&apos;s word for &quot;practice bank&quot;.</extracomment>
        <translation>la banque d’essai de cet ordinateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the practice bank on this computer: nothing leaves this computer, and practice cases last only until SafeHash closes. Their case tokens do not work after that.</source>
        <translation>Voici la banque d’essai de cet ordinateur&#xa0;: rien ne quitte cet ordinateur, et les cas d’essai ne durent que jusqu’à la fermeture de SafeHash. Leurs clés du cas ne fonctionnent plus ensuite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A practice case cannot be remembered: it ends when SafeHash closes.</source>
        <translation>Un cas d’essai ne peut pas être mémorisé&#xa0;: il prend fin à la fermeture de SafeHash.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The practice bank does not know this case. Practice cases last only until SafeHash closes, so a case from an earlier time is gone; please open a new practice case.</source>
        <translation>La banque d’essai ne connaît pas ce cas. Les cas d’essai ne durent que jusqu’à la fermeture de SafeHash&#xa0;; un cas d’une autre fois n’existe donc plus. Veuillez ouvrir un nouveau cas d’essai.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case.py" line="+53"/>
        <source>A case token links these fingerprints to your case, so that you or your support worker can check or withdraw them later.</source>
        <translation>La clé du cas relie ces empreintes à votre cas, pour que vous ou la personne qui vous accompagne puissiez les consulter ou les retirer plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have a case token</source>
        <translation>J’ai une clé du cas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case token</source>
        <translation>Clé du cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste the case token your support worker gave you</source>
        <translation>Tapez ou collez la clé du cas que vous a donnée la personne qui vous accompagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a new case</source>
        <translation>Ouvrir un nouveau cas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new case now</source>
        <translation>Ouvrir un nouveau cas maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the hash bank for a new case and shows its token once</source>
        <translation>Demande un nouveau cas à la banque d’empreintes et affiche sa clé une seule fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your new case token</source>
        <translation>Votre nouvelle clé du cas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the case token</source>
        <translation>Copier la clé du cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the token so you can paste it somewhere safe</source>
        <translation>Copie la clé pour que vous puissiez la coller dans un endroit sûr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to a file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the case token to a file</source>
        <translation>Enregistrer la clé du cas dans un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this token down or save it now: SafeHash shows it only this once.</source>
        <translation>Notez cette clé ou enregistrez-la maintenant&#xa0;: SafeHash ne l’affiche qu’une seule fois.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remember this case on this computer</source>
        <translation>Mémoriser ce cas sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is kept in this computer&apos;s password store, so you can check your case later without typing it. Anyone who can use this computer account may be able to find it. If you share this computer, leave this off.</source>
        <translation>La clé est conservée dans le gestionnaire de mots de passe de cet ordinateur, pour que vous puissiez consulter votre cas plus tard sans la taper. Toute personne qui peut utiliser ce compte de l’ordinateur pourrait la trouver. Si vous partagez cet ordinateur, laissez cette option désactivée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The case is forgotten when SafeHash closes.</source>
        <extracomment>%1 is a whole sentence saying that there is no secure password store.</extracomment>
        <translation>%1 Le cas est oublié à la fermeture de SafeHash.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your case</source>
        <translation>Votre cas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opening a new case…</source>
        <translation>Ouverture d’un nouveau cas…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. SafeHash empties the clipboard again at Quick exit.</source>
        <translation>Copiée. SafeHash vide à nouveau le presse-papiers lors de la sortie rapide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the case token</source>
        <translation>Enregistrer la clé du cas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash case token: %1</source>
        <extracomment>The one line written in a saved token file.</extracomment>
        <translation>Clé du cas SafeHash&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your new case is open.</source>
        <translation>Votre nouveau cas est ouvert.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Letters and numbers only; dashes are optional.</source>
        <translation>Lettres et chiffres uniquement&#xa0;; les tirets sont facultatifs.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This case token looks right.</source>
        <translation>Cette clé du cas semble correcte.</translation>
    </message>
</context>
<context>
    <name>CaseStatusPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case_status.py" line="+53"/>
        <source>See what the hash bank holds for your case, or ask it to delete the fingerprints. You need the case reference (it is on your receipt) and your case token.</source>
        <translation>Voyez ce que la banque d’empreintes conserve pour votre cas, ou demandez-lui de supprimer les empreintes. Il vous faut la référence du cas (elle figure sur votre reçu) et votre clé du cas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Case reference</source>
        <translation>Référence du cas</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>From your receipt</source>
        <translation>Sur votre reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Case token</source>
        <translation>Clé du cas</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hidden as it is typed; “Show” shows it</source>
        <translation>Masquée pendant la saisie&#xa0;; «&#xa0;Afficher&#xa0;» l’affiche</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+91"/>
        <source>Show the case token</source>
        <translation>Afficher la clé du cas</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open a saved receipt…</source>
        <translation>Ouvrir un reçu enregistré…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Open a saved receipt</source>
        <translation>Ouvrir un reçu enregistré</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Fills in the case reference from a receipt you saved</source>
        <translation>Remplit la référence du cas à partir d’un reçu que vous avez enregistré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check status</source>
        <translation>Consulter l’état</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sendings in this case</source>
        <translation>Envois de ce cas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw this sending…</source>
        <translation>Retirer cet envoi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected sending</source>
        <translation>Retirer l’envoi choisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw the whole case…</source>
        <translation>Retirer tout le cas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the whole case</source>
        <translation>Retirer tout le cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the bank to delete every fingerprint in it</source>
        <translation>Demande à la banque de supprimer toutes les empreintes du cas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check or withdraw a case</source>
        <translation>Consulter ou retirer un cas</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the case token</source>
        <translation>Masquer la clé du cas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please enter the case reference from your receipt.</source>
        <translation>Saisissez la référence du cas qui figure sur votre reçu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is not a SafeHash receipt.</source>
        <translation>Ce fichier n’est pas un reçu SafeHash.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt opened. Now enter the case token of this case.</source>
        <translation>Reçu ouvert. Saisissez maintenant la clé du cas de ce cas.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This case is open. Nothing has been sent to it yet.</source>
        <translation>Ce cas est ouvert. Rien ne lui a encore été envoyé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is open, but the bank holds none of its fingerprints: every sending below was withdrawn.</source>
        <translation>Ce cas est ouvert, mais la banque ne conserve aucune de ses empreintes&#xa0;: tous les envois ci-dessous ont été retirés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case is open. The bank holds fingerprints of %1 in it.</source>
        <extracomment>%1 counts what the bank holds: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>Ce cas est ouvert. La banque y conserve les empreintes de %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 %n sending(s) below were withdrawn.</source>
        <extracomment>%1 is the sentence &quot;This case is open. The bank holds fingerprints of 3 photos in it.&quot;</extracomment>
        <translation>
            <numerusform>%1 %n envoi ci-dessous a été retiré.</numerusform>
            <numerusform>%1 %n envois ci-dessous ont été retirés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent %1: %2 held (reference %3)</source>
        <extracomment>One sending in the case: %1 a date and time, %2 what the bank holds of it (&quot;3 photos and 1 video&quot;), %3 its reference code.</extracomment>
        <translation>Envoyé le %1&#xa0;: la banque conserve les empreintes de %2 (référence %3)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The bank will delete these fingerprints. Platforms will no longer be able to match copies of these photos and videos.</source>
        <translation>La banque supprimera ces empreintes. Les plateformes ne pourront plus reconnaître les copies de ces photos et vidéos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Withdraw the case</source>
        <translation>Retirer le cas</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Asking the hash bank…</source>
        <translation>Question à la banque d’empreintes en cours…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This case was withdrawn: the bank deleted its fingerprints.</source>
        <translation>Ce cas a été retiré&#xa0;: la banque a supprimé ses empreintes.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent %1: withdrawn (reference %2)</source>
        <extracomment>One withdrawn sending: %1 a date and time, %2 its reference code.</extracomment>
        <translation>Envoyé le %1&#xa0;: retiré (référence %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Withdrawn: the bank confirmed that it deleted these fingerprints.</source>
        <translation>Retiré&#xa0;: la banque a confirmé avoir supprimé ces empreintes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdraw this sending?</source>
        <translation>Retirer cet envoi&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Withdraw the whole case?</source>
        <translation>Retirer tout le cas&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank will delete every fingerprint in this case, and nothing more can be sent to it.</source>
        <translation>La banque supprimera toutes les empreintes de ce cas, et plus rien ne pourra y être envoyé.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/check.py" line="+44"/>
        <source>For each photo, SafeHash sends</source>
        <translation>Pour chaque photo, SafeHash envoie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This bank takes only file fingerprints of videos: they find exact copies of a video, not one that was shortened or saved again.</source>
        <translation>Cette banque ne prend que les empreintes de fichier des vidéos&#xa0;: elles trouvent les copies exactes d’une vidéo, pas une vidéo raccourcie ou réenregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each video, SafeHash sends</source>
        <translation>Pour chaque vidéo, SafeHash envoie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also sent, and never sent</source>
        <translation>Ce qui est aussi envoyé, et ce qui ne l’est jamais</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+90"/>
        <source>Show exactly what will be sent</source>
        <translation>Afficher exactement ce qui sera envoyé</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Shows the message SafeHash will send to the bank, word for word</source>
        <translation>Affiche, mot pour mot, le message que SafeHash enverra à la banque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly what will be sent</source>
        <translation>Exactement ce qui sera envoyé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the whole message. The case token travels with it as a password (it is not shown here), and the reference below as its label.</source>
        <translation>Voici le message complet. La clé du cas l’accompagne comme un mot de passe (elle n’est pas affichée ici), et la référence ci-dessous comme son étiquette.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Also sent: your case token, which shows the bank these photos and videos belong to your case, and a random reference so that sending twice stores them only once.</source>
        <translation>Aussi envoyés&#xa0;: votre clé du cas, qui montre à la banque que ces photos et vidéos appartiennent à votre cas, et une référence aléatoire, pour qu’un double envoi ne soit conservé qu’une fois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never sent: the photos and videos themselves, their names, where they are on this computer, or when they were taken.</source>
        <translation>Jamais envoyés&#xa0;: les photos et vidéos elles-mêmes, leurs noms, leur emplacement sur cet ordinateur ou la date à laquelle elles ont été prises.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave out the photos and videos with too little detail</source>
        <translation>Laisser de côté les photos et vidéos avec trop peu de détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They may not be recognised by platforms</source>
        <translation>Les plateformes risquent de ne pas les reconnaître</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too little detail</source>
        <translation>Trop peu de détails</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These photos and videos are of me, or I am allowed to act for the person in them.</source>
        <translation>Ces photos et vidéos sont de moi, ou je suis autorisé·e à agir pour la personne qui y figure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I confirm these photos and videos are of me, or that I may act for the person in them</source>
        <translation>Je confirme que ces photos et vidéos sont de moi, ou que je peux agir pour la personne qui y figure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your confirmation</source>
        <translation>Votre confirmation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check what will be sent</source>
        <translation>Vérifiez ce qui sera envoyé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the hash bank what it accepts…</source>
        <translation>Question à la banque d’empreintes sur ce qu’elle accepte…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The hash bank could not be asked yet: %1 This is checked again when sending.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>La banque d’empreintes n’a pas encore pu être consultée&#xa0;: %1 Ce sera vérifié à nouveau au moment de l’envoi.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hide the exact message</source>
        <translation>Masquer le message exact</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>SafeHash will send the fingerprints of %1 to %2.</source>
        <extracomment>%1 counts what is sent: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;; %2 is the name of the hash bank.</extracomment>
        <translation>SafeHash enverra les empreintes de %1 à %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n photo(s) will be sent as fingerprints to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n photo sera envoyée sous forme d’empreintes à %1.</numerusform>
            <numerusform>%n photos seront envoyées sous forme d’empreintes à %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A picture fingerprint (PDQ), which still matches after a photo is resized or re-saved.</source>
        <translation>Une empreinte de l’image (PDQ), qui correspond encore après le redimensionnement ou le réenregistrement d’une photo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second picture fingerprint (pHash), for platforms that use it.</source>
        <translation>Une seconde empreinte de l’image (pHash), pour les plateformes qui l’utilisent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file fingerprint (MD5), which matches only exact copies.</source>
        <translation>Une empreinte du fichier (MD5), qui ne correspond qu’aux copies exactes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second file fingerprint (SHA-256), for exact copies.</source>
        <translation>Une seconde empreinte du fichier (SHA-256), pour les copies exactes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video fingerprint (vPDQ): a picture fingerprint of one frame each second, which still matches after a video is resized or re-saved.</source>
        <translation>Une empreinte de la vidéo (vPDQ)&#xa0;: une empreinte d’image pour chaque seconde de la vidéo, qui correspond encore après son redimensionnement ou son réenregistrement.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Too little detail for a dependable match in %n photo(s): very dark, plain or tiny pictures have little detail. Platforms may not recognise copies of them.</source>
        <translation>
            <numerusform>Trop peu de détails pour une correspondance fiable dans %n photo&#xa0;: elle est peut-être très sombre, unie ou minuscule. Les plateformes risquent de ne pas en reconnaître les copies.</numerusform>
            <numerusform>Trop peu de détails pour une correspondance fiable dans %n photos&#xa0;: elles sont peut-être très sombres, unies ou minuscules. Les plateformes risquent de ne pas en reconnaître les copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>In %n video(s), no frame has enough detail for a dependable match: the video may be very dark or plain. If sent, their file fingerprints still find exact copies.</source>
        <translation>
            <numerusform>Dans %n vidéo, aucune image n’a assez de détails pour une correspondance fiable&#xa0;: elle est peut-être très sombre ou unie. Si elle est envoyée, son empreinte de fichier trouve quand même les copies exactes.</numerusform>
            <numerusform>Dans %n vidéos, aucune image n’a assez de détails pour une correspondance fiable&#xa0;: elles sont peut-être très sombres ou unies. Si elles sont envoyées, leurs empreintes de fichier trouvent quand même les copies exactes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n file(s) could not be read and will not be sent.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être lu et ne sera pas envoyé.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être lus et ne seront pas envoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n folder(s) could not be opened. Photos and videos inside will not be sent; step 2 shows which folder(s).</source>
        <translation>
            <numerusform>%n dossier n’a pas pu être ouvert. Les photos et vidéos qu’il contient ne seront pas envoyées&#xa0;; l’étape 2 indique lequel.</numerusform>
            <numerusform>%n dossiers n’ont pas pu être ouverts. Les photos et vidéos qu’ils contiennent ne seront pas envoyées&#xa0;; l’étape 2 indique lesquels.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing will be sent: no photo or video is chosen.</source>
        <translation>Rien ne sera envoyé&#xa0;: aucune photo ni vidéo n’est choisie.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Reference (Idempotency-Key): %1</source>
        <extracomment>&quot;Idempotency-Key&quot; is the technical name of the reference; keep it as it is.</extracomment>
        <translation>Référence (Idempotency-Key)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/close_guard.py" line="+25"/>
        <source>%n sending(s) not yet received by the hash bank.</source>
        <translation>
            <numerusform>%n envoi n’a pas encore été reçu par la banque d’empreintes.</numerusform>
            <numerusform>%n envois n’ont pas encore été reçus par la banque d’empreintes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close SafeHash?</source>
        <translation>Fermer SafeHash&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you close SafeHash now, they are forgotten: nothing was kept on this computer. You can stay and press Send again, or close anyway.</source>
        <translation>Si vous fermez SafeHash maintenant, ils seront oubliés&#xa0;: rien n’a été conservé sur cet ordinateur. Vous pouvez rester et appuyer sur «&#xa0;Renvoyer&#xa0;», ou fermer quand même.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay and send</source>
        <translation>Rester et envoyer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Close anyway</source>
        <translation>Fermer quand même</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/done.py" line="+46"/>
        <source>Receipt details</source>
        <translation>Détails du reçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt</source>
        <translation>Votre reçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking or withdrawing later</source>
        <translation>Consulter ou retirer plus tard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To see what the bank holds, or to ask it to delete these fingerprints, press “%1” at the bottom of the window and enter your case token and case reference. Saving the receipt keeps the case reference for you; it holds no token, photo or fingerprint.</source>
        <extracomment>%1 is the name of the button &quot;Check or withdraw a case&quot;.</extracomment>
        <translation>Pour voir ce que la banque conserve, ou pour lui demander de supprimer ces empreintes, appuyez sur «&#xa0;%1&#xa0;» en bas de la fenêtre, puis saisissez votre clé du cas et la référence du cas. En enregistrant le reçu, vous gardez la référence du cas&#xa0;; il ne contient ni clé, ni photo, ni empreinte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save receipt…</source>
        <translation>Enregistrer le reçu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt to a file</source>
        <translation>Enregistrer le reçu dans un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this case now</source>
        <translation>Consulter ce cas maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send more photos or videos</source>
        <translation>Envoyer d’autres photos ou vidéos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts again at step 2 with the same case</source>
        <translation>Recommence à l’étape 2 avec le même cas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything on this computer…</source>
        <translation>Tout oublier sur cet ordinateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>Tout oublier sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>Supprime tout ce que SafeHash a conservé ici&#xa0;: réglages, cas mémorisé, envois en attente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you close SafeHash, it forgets the photos, videos, fingerprints and case token of this session by itself.</source>
        <translation>Quand vous fermez SafeHash, il oublie de lui-même les photos, les vidéos, les empreintes et la clé du cas de cette session.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing has been sent yet.</source>
        <translation>Rien n’a encore été envoyé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These fingerprints had reached %1 before, but they were withdrawn since.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>Ces empreintes étaient déjà arrivées à %1, mais elles ont été retirées depuis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bank deleted them: it holds none of these photos or videos. To send them again, open a new case.</source>
        <translation>La banque les a supprimées&#xa0;: elle ne conserve plus rien de ces photos et vidéos. Pour les envoyer à nouveau, ouvrez un nouveau cas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank deleted them: it holds none of these photos. To send them again, open a new case.</source>
        <translation>La banque les a supprimées&#xa0;: elle ne conserve aucune de ces photos. Pour les envoyer à nouveau, ouvrez un nouveau cas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your fingerprints were sent to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>Vos empreintes ont été envoyées à %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bank already had these fingerprints. Check the case to see what it holds now.</source>
        <translation>La banque avait déjà ces empreintes. Consultez le cas pour voir ce qu’elle conserve maintenant.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) or video(s) of them now.</source>
        <translation>
            <numerusform>La banque avait déjà ces empreintes&#xa0;; elle conserve maintenant celles de %n photo ou vidéo.</numerusform>
            <numerusform>La banque avait déjà ces empreintes&#xa0;; elle conserve maintenant celles de %n photos ou vidéos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) of them now.</source>
        <translation>
            <numerusform>La banque avait déjà ces empreintes&#xa0;; elle en conserve maintenant %n photo.</numerusform>
            <numerusform>La banque avait déjà ces empreintes&#xa0;; elle en conserve maintenant %n photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The bank accepted %n photo(s).</source>
        <translation>
            <numerusform>La banque a accepté %n photo.</numerusform>
            <numerusform>La banque a accepté %n photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 It did not accept %n photo(s), usually because of too little detail.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos.&quot;; %n how many it did not.</extracomment>
        <translation>
            <numerusform>%1 Elle n’en a pas accepté %n, en général parce qu’elle a trop peu de détails.</numerusform>
            <numerusform>%1 Elle n’en a pas accepté %n, en général parce qu’elles ont trop peu de détails.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Case reference: %1
Sending reference: %2
Received: %3</source>
        <extracomment>Three lines of the receipt; the references are codes (in groups of four, to be read aloud), the last a date and time.</extracomment>
        <translation>Référence du cas&#xa0;: %1
Référence de l’envoi&#xa0;: %2
Reçu le&#xa0;: %3</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Anything you asked it to keep (settings, a remembered case, sendings waiting to be sent) stays until you press the button below. Files you saved yourself, such as this receipt or a case token file, are never deleted by SafeHash.</source>
        <translation>Ce que vous lui avez demandé de garder (réglages, cas mémorisé, envois en attente) reste jusqu’à ce que vous appuyiez sur le bouton ci-dessous. Les fichiers que vous avez enregistrés vous-même, comme ce reçu ou un fichier de clé du cas, ne sont jamais supprimés par SafeHash.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The bank accepted %1.</source>
        <extracomment>%1 counts what the bank accepted: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>La banque a accepté %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank accepted none of them.</source>
        <translation>La banque n’en a accepté aucune.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 It did not accept %2.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos and 1 video.&quot;; %2 counts what it did not accept: &quot;1 video&quot;.</extracomment>
        <translation>%1 Elle n’a pas accepté %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt was saved.</source>
        <translation>Le reçu a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../client/safehash/gui/error_text.py" line="+40"/>
        <source>This file could not be read.</source>
        <translation>Ce fichier n’a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer there; it may have been moved or deleted.</source>
        <translation>Le fichier n’est plus là&#xa0;; il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be opened; you may not have permission to read it.</source>
        <translation>Le fichier n’a pas pu être ouvert&#xa0;; vous n’avez peut-être pas le droit de le lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file changed while it was being read; please add it again.</source>
        <translation>Le fichier a changé pendant sa lecture&#xa0;; ajoutez-le à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a photo SafeHash can read.</source>
        <translation>Le fichier est trop volumineux pour être une photo que SafeHash peut lire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo is incomplete or damaged, so it cannot be read to the end.</source>
        <translation>La photo est incomplète ou abîmée&#xa0;: elle ne peut pas être lue jusqu’au bout.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is far larger than any camera photo, so it was not opened, to protect this computer.</source>
        <translation>L’image est bien plus grande que n’importe quelle photo d’appareil&#xa0;: elle n’a pas été ouverte, pour protéger cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is damaged and could not be read.</source>
        <translation>La photo est abîmée et n’a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is built in a way no camera or phone writes, so it was not opened, to protect this computer.</source>
        <translation>L’image est construite d’une façon qu’aucun appareil photo ni téléphone n’utilise&#xa0;: elle n’a pas été ouverte, pour protéger cet ordinateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file made SafeHash&apos;s reader stop, so it was not hashed; it may be damaged or made to cause harm. Your other files are safe.</source>
        <translation>Ce fichier a fait s’arrêter le lecteur de SafeHash, donc aucune empreinte n’en a été faite&#xa0;; il est peut-être abîmé ou conçu pour nuire. Vos autres fichiers ne risquent rien.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file gave an answer SafeHash cannot trust, so it was not hashed; it may be made to cause harm.</source>
        <translation>La lecture de ce fichier a donné une réponse à laquelle SafeHash ne peut pas se fier, donc aucune empreinte n’en a été faite&#xa0;; il est peut-être conçu pour nuire.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This is not a photo or video but a folder or a special file.</source>
        <translation>Ce n’est ni une photo ni une vidéo, mais un dossier ou un fichier spécial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shortcut points back to itself, so there is nothing to read.</source>
        <translation>Ce raccourci renvoie vers lui-même, il n’y a donc rien à lire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty, so there is no photo or video in it.</source>
        <translation>Le fichier est vide, il ne contient donc ni photo ni vidéo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a photo or video SafeHash can read.</source>
        <translation>Ce fichier n’est ni une photo ni une vidéo que SafeHash peut lire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This video is stored in a form SafeHash cannot read, so it was not opened.</source>
        <translation>Cette vidéo est enregistrée dans un format que SafeHash ne peut pas lire, elle n’a donc pas été ouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file holds no video (only sound, or nothing that plays), so there is nothing to read.</source>
        <translation>Ce fichier ne contient pas de vidéo (seulement du son, ou rien qui se lise), il n’y a donc rien à lire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video is damaged and could not be played, so it was not read.</source>
        <translation>La vidéo est endommagée et n’a pas pu être lue jusqu’au bout, elle n’a donc pas été traitée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video does not say how fast it plays, so SafeHash cannot make its fingerprint.</source>
        <translation>La vidéo n’indique pas sa vitesse de lecture, SafeHash ne peut donc pas faire son empreinte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video is longer than %1 hours, the most SafeHash reads in one video, so it was not read.</source>
        <extracomment>%1 is a number of hours (4), in the digits of your language.</extracomment>
        <translation>La vidéo dure plus de %1 heures, le maximum que SafeHash lit pour une vidéo, elle n’a donc pas été lue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video&apos;s picture is far larger than any camera films, so it was not opened, to protect this computer.</source>
        <translation>L’image de la vidéo est bien plus grande que celle de n’importe quelle caméra, elle n’a donc pas été ouverte, pour protéger cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file took far longer than it should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>La lecture de ce fichier a pris bien plus longtemps que prévu, SafeHash l’a donc arrêtée&#xa0;; il est peut-être endommagé ou conçu pour nuire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file needed far more memory than any photo or video should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>La lecture de ce fichier demandait bien plus de mémoire que n’importe quelle photo ou vidéo, SafeHash l’a donc arrêtée&#xa0;; il est peut-être endommagé ou conçu pour nuire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder could not be opened, so the photos and videos in it were not added; you may not have permission to read it.</source>
        <translation>Ce dossier n’a pas pu être ouvert, ses photos et vidéos n’ont donc pas été ajoutées&#xa0;; vous n’avez peut-être pas l’autorisation de le lire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not read this file because of a problem of its own.</source>
        <translation>SafeHash n’a pas pu lire ce fichier à cause d’un problème qui lui est propre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hash bank could not be reached or did not accept the request.</source>
        <translation>La banque d’empreintes n’a pas pu être jointe ou n’a pas accepté la demande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect to the hash bank; please check that this computer is online.</source>
        <translation>SafeHash n’a pas pu se connecter à la banque d’empreintes&#xa0;; vérifiez que cet ordinateur est connecté à Internet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect through the proxy; please check that it (or Tor) is running.</source>
        <translation>SafeHash n’a pas pu se connecter par le proxy&#xa0;; vérifiez qu’il (ou Tor) est en marche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank took too long to answer; please try again later.</source>
        <translation>La banque d’empreintes a mis trop de temps à répondre&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s security certificate could not be checked, so nothing was sent.</source>
        <translation>Le certificat de sécurité de la banque d’empreintes n’a pas pu être vérifié&#xa0;: rien n’a donc été envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not show the security key SafeHash expects, so nothing was sent.</source>
        <translation>La banque d’empreintes n’a pas présenté la clé de sécurité attendue par SafeHash&#xa0;: rien n’a donc été envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank tried to send SafeHash somewhere else; SafeHash did not follow.</source>
        <translation>La banque d’empreintes a essayé de rediriger SafeHash ailleurs&#xa0;; SafeHash ne l’a pas suivie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s answer was far too large, so SafeHash ignored it.</source>
        <translation>La réponse de la banque d’empreintes était bien trop volumineuse&#xa0;: SafeHash l’a ignorée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank gave an answer SafeHash does not understand.</source>
        <translation>La banque d’empreintes a donné une réponse que SafeHash ne comprend pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank is busy right now; please try again in a few minutes.</source>
        <translation>La banque d’empreintes est occupée en ce moment&#xa0;; réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank has a problem of its own; please try again later.</source>
        <translation>La banque d’empreintes a un problème qui lui est propre&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this case token; please check it.</source>
        <translation>La banque d’empreintes n’a pas accepté cette clé du cas&#xa0;; vérifiez-la.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused: this case token does not allow that.</source>
        <translation>La banque d’empreintes a refusé&#xa0;: cette clé du cas ne permet pas cela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank does not let people open a case themselves; please ask your support worker for a case token.</source>
        <translation>Cette banque d’empreintes ne permet pas d’ouvrir un cas soi-même&#xa0;; demandez une clé du cas à la personne qui vous accompagne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case was withdrawn, so nothing more can be sent to it; please open a new case.</source>
        <translation>Ce cas a été retiré&#xa0;: plus rien ne peut y être envoyé. Ouvrez un nouveau cas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this app&apos;s access code; please ask the organisation that gave you SafeHash.</source>
        <translation>La banque d’empreintes n’a pas accepté le code d’accès de cette application&#xa0;; adressez-vous à l’organisation qui vous a fourni SafeHash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This organisation&apos;s hash bank needs an access code, and none has been entered yet.</source>
        <translation>La banque d’empreintes de cette organisation demande un code d’accès, et aucun n’a encore été saisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The practice bank could not be started on this computer.</source>
        <translation>La banque d’essai n’a pas pu être démarrée sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank does not know this case or sending; it may have been withdrawn.</source>
        <translation>La banque d’empreintes ne connaît pas ce cas ou cet envoi&#xa0;; il a peut-être été retiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank already has a different sending under the same reference.</source>
        <translation>La banque d’empreintes a déjà un autre envoi sous la même référence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are too many photos and videos for one sending; please send them in smaller groups.</source>
        <translation>Il y a trop de photos et de vidéos pour un seul envoi&#xa0;; veuillez les envoyer en plus petits groupes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank cannot take videos, so nothing was sent; please send the photos without the videos.</source>
        <translation>Cette banque d’empreintes ne peut pas prendre de vidéos, donc rien n’a été envoyé&#xa0;; veuillez envoyer les photos sans les vidéos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent: this hash bank takes none of these fingerprints (it cannot take videos, for example).</source>
        <translation>Rien n’a été envoyé&#xa0;: cette banque d’empreintes ne prend aucune de ces empreintes (elle ne prend pas de vidéos, par exemple).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused the request as not valid.</source>
        <translation>La banque d’empreintes a refusé la demande, qu’elle juge non valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s address must start with https://.</source>
        <translation>L’adresse de la banque d’empreintes doit commencer par https://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid web address.</source>
        <translation>Ce n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of SafeHash is not set up correctly; please tell the organisation that gave it to you.</source>
        <translation>Cette copie de SafeHash n’est pas configurée correctement&#xa0;; prévenez l’organisation qui vous l’a fournie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved settings could not be read, so SafeHash uses its usual settings.</source>
        <translation>Vos réglages enregistrés n’ont pas pu être lus&#xa0;: SafeHash utilise donc ses réglages habituels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure password store that SafeHash can use, so nothing secret can be remembered.</source>
        <translation>Cet ordinateur n’a pas de gestionnaire de mots de passe sûr que SafeHash puisse utiliser&#xa0;: rien de secret ne peut donc être mémorisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password store did not answer (it may be locked), so nothing was saved.</source>
        <translation>Le gestionnaire de mots de passe n’a pas répondu (il est peut-être verrouillé)&#xa0;: rien n’a donc été enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token is needed; please enter one.</source>
        <translation>Une clé du cas est nécessaire&#xa0;; saisissez-en une.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved list of waiting sendings could not be opened.</source>
        <translation>La liste enregistrée des envois en attente n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid SafeHash file.</source>
        <translation>Ce n’est pas un fichier SafeHash valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the case token.</source>
        <translation>Saisissez la clé du cas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token cannot contain some of these characters; please check it.</source>
        <translation>Une clé du cas ne peut pas contenir certains de ces caractères&#xa0;; vérifiez-la.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too short; please check it.</source>
        <translation>La clé du cas est trop courte&#xa0;; vérifiez-la.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too long; please check it.</source>
        <translation>La clé du cas est trop longue&#xa0;; vérifiez-la.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case token has a typing mistake somewhere; please check it.</source>
        <translation>Cette clé du cas contient une faute de frappe quelque part&#xa0;; vérifiez-la.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Quelque chose n’a pas fonctionné. Veuillez réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an animation; only its first picture was used.</source>
        <translation>C’est une animation&#xa0;: seule sa première image a été utilisée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo was turned upright, as a phone shows it.</source>
        <translation>La photo a été redressée, comme un téléphone l’affiche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is stored turned; its fingerprint was made both as stored and upright, as players show it.</source>
        <translation>La vidéo est enregistrée tournée&#xa0;; son empreinte a été faite telle qu’enregistrée et redressée, comme les lecteurs l’affichent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file holds more than one video; only the first one was read.</source>
        <translation>Ce fichier contient plusieurs vidéos&#xa0;; seule la première a été lue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is cut short or damaged; only the part that plays was read.</source>
        <translation>La vidéo est coupée ou endommagée&#xa0;; seule la partie lisible a été lue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video says it plays at an unusual speed; its frames were picked by that speed, as other video fingerprint tools do, so their times may be off.</source>
        <translation>La vidéo indique une vitesse inhabituelle&#xa0;; ses images ont été choisies selon cette vitesse, comme le font d’autres outils d’empreintes vidéo, leurs horaires peuvent donc être décalés.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The case token is %n character(s) too short.</source>
        <translation>
            <numerusform>Il manque %n caractère à la clé du cas.</numerusform>
            <numerusform>Il manque %n caractères à la clé du cas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The case token is %n character(s) too long.</source>
        <translation>
            <numerusform>La clé du cas a %n caractère de trop.</numerusform>
            <numerusform>La clé du cas a %n caractères de trop.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A case token cannot contain %1; please check it.</source>
        <translation>Une clé du cas ne peut pas contenir %1&#xa0;; vérifiez-la.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../client/safehash/gui/file_dialogs.py" line="+138"/>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose photos or videos</source>
        <translation>Choisir des photos ou des vidéos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos and videos (%1)</source>
        <translation>Photos et vidéos (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (%1)</source>
        <translation>Vidéos (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a folder of photos or videos</source>
        <translation>Choisir un dossier de photos ou de vidéos</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a file named %1. Replace it?</source>
        <extracomment>%1 is the name of a file the person chose to save to.</extracomment>
        <translation>Il y a déjà un fichier nommé %1. Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old file</source>
        <translation>Garder l’ancien fichier</translation>
    </message>
</context>
<context>
    <name>Forget</name>
    <message>
        <location filename="../../client/safehash/gui/forget.py" line="+18"/>
        <source>Forget everything?</source>
        <translation>Tout oublier&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash will delete everything it kept on this computer: your settings, a remembered case token and fingerprints waiting to be sent.</source>
        <translation>SafeHash va supprimer tout ce qu’il a gardé sur cet ordinateur&#xa0;: vos réglages, une clé du cas mémorisée et les empreintes en attente d’envoi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you saved yourself, such as a receipt or a case token file, stay where you saved them: delete them yourself if you no longer need them. What was sent to the bank stays there; withdraw it first if you want it gone.</source>
        <translation>Les fichiers que vous avez enregistrés vous-même, comme un reçu ou un fichier de clé du cas, restent là où vous les avez mis&#xa0;: supprimez-les vous-même si vous n’en avez plus besoin. Ce qui a été envoyé à la banque y reste&#xa0;; retirez-le d’abord si vous voulez qu’il disparaisse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget everything</source>
        <translation>Tout oublier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../client/safehash/gui/i18n.py" line="+224"/>
        <source>English</source>
        <extracomment>The name of your language, written in your language, as it should appear in a list of languages: for example &quot;Español&quot;, &quot;Français&quot;, &quot;Português (Brasil)&quot;.</extracomment>
        <translation>Français</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/safehash/gui/main_window.py" line="+123"/>
        <location filename="../../client/safehash/gui/pages/done.py" line="-151"/>
        <source>Check or withdraw a case</source>
        <translation>Consulter ou retirer un cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network log</source>
        <translation>Journal réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every connection SafeHash made</source>
        <translation>Toutes les connexions faites par SafeHash</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Go to the previous step</source>
        <translation>Revenir à l’étape précédente</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Step %1 of %2: %3</source>
        <extracomment>The title of each step: &quot;Step 2 of 5: Add your photos and videos&quot;. A support worker on the phone names the step by its number.</extracomment>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the steps</source>
        <translation>Retour aux étapes</translation>
    </message>
</context>
<context>
    <name>MediaWords</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/media_words.py" line="+35"/>
        <source>%n photo(s)</source>
        <extracomment>A count inside a sentence, such as &quot;SafeHash will send the fingerprints of 3 photos to ...&quot;, &quot;The bank accepted 3 photos and 1 video.&quot;</extracomment>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n video(s)</source>
        <extracomment>A count inside a sentence, such as &quot;SafeHash will send the fingerprints of 1 video to ...&quot;, &quot;The bank accepted 3 photos and 1 video.&quot;</extracomment>
        <translation>
            <numerusform>%n vidéo</numerusform>
            <numerusform>%n vidéos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <extracomment>Two counts: %1 is &quot;3 photos&quot;, %2 is &quot;1 video&quot;.</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n video(s) cannot be sent to %1: it takes no videos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n vidéo ne peut pas être envoyée à %1&#xa0;: elle ne prend pas de vidéos.</numerusform>
            <numerusform>%n vidéos ne peuvent pas être envoyées à %1&#xa0;: elle ne prend pas de vidéos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) cannot be sent to %1: it takes no photos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n photo ne peut pas être envoyée à %1&#xa0;: elle ne prend pas de photos.</numerusform>
            <numerusform>%n photos ne peuvent pas être envoyées à %1&#xa0;: elle ne prend pas de photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) cannot be sent to %1: it takes none of their fingerprints.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n fichier ne peut pas être envoyé à %1&#xa0;: elle ne prend aucune de ses empreintes.</numerusform>
            <numerusform>%n fichiers ne peuvent pas être envoyés à %1&#xa0;: elle ne prend aucune de leurs empreintes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/network_log.py" line="+38"/>
        <source>Every connection SafeHash made since it started. It never contains your photos or videos, their names or your case token, and it is forgotten when SafeHash closes.</source>
        <translation>Chaque connexion faite par SafeHash depuis son démarrage. Il ne contient jamais vos photos ou vidéos, leurs noms ni votre clé du cas, et il est oublié à la fermeture de SafeHash.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list</source>
        <translation>Actualiser la liste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <extracomment>Column titles of the network log. &quot;Method&quot; is the kind of HTTP request (GET, POST); &quot;Host&quot; the server&apos;s name; &quot;Answer&quot; the server&apos;s status code.</extracomment>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>Octets envoyés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes received</source>
        <translation>Octets reçus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network log</source>
        <translation>Journal réseau</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../client/safehash/gui/widgets.py" line="+172"/>
        <source>Scroll the page</source>
        <translation>Faire défiler la page</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../../client/safehash/gui/photos.py" line="+85"/>
        <source>Pasted picture %1</source>
        <extracomment>The name of a picture pasted from the clipboard (it has no file name); %1 counts them: &quot;Pasted picture 1&quot;, &quot;Pasted picture 2&quot;.</extracomment>
        <translation>Image collée %1</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Photo or video</source>
        <translation>Photo ou vidéo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1 read so far…</source>
        <extracomment>A video being read whose length is not known; %1 is how much of it was read, as minutes:seconds (&quot;1:05&quot;).</extracomment>
        <translation>Lecture de la vidéo&#xa0;: %1 lu pour l’instant…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1%</source>
        <extracomment>A video being read; %1 is how much of it is done, in percent (&quot;40&quot;): write the percent sign as your language does (&quot;40 %&quot;, &quot;40٪&quot;).</extracomment>
        <translation>Lecture de la vidéo&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready (video, %1)</source>
        <extracomment>A video whose fingerprint is made; %1 is its length, as minutes:seconds (&quot;0:12&quot;) or hours:minutes:seconds.</extracomment>
        <translation>Prête (vidéo, %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too little detail for a dependable match</source>
        <translation>Trop peu de détails pour une correspondance fiable</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../client/safehash/gui/preview.py" line="+33"/>
        <source>A still of your video</source>
        <translation>Une image fixe de votre vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your photo</source>
        <translation>Votre photo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening one still picture of the video…</source>
        <translation>Ouverture d’une image fixe de la vidéo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the photo…</source>
        <translation>Ouverture de la photo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A still picture of the video</source>
        <translation>Une image fixe de la vidéo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo</source>
        <translation>La photo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One still picture, from about a second into the video. The video is not played.</source>
        <translation>Une image fixe, à environ une seconde du début de la vidéo. La vidéo n’est pas lue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only shown here. SafeHash does not keep a copy of it.</source>
        <translation>Affichée ici seulement. SafeHash n’en garde aucune copie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the picture</source>
        <translation>Fermer l’image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the photo</source>
        <translation>Fermer la photo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../client/safehash/gui/qt_strings.py" line="+16"/>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <location filename="../../client/safehash/gui/quick_exit.py" line="+33"/>
        <source>Press %1 twice quickly, or %2, to leave at once.</source>
        <extracomment>%1 is the Esc key, %2 the shortcut Ctrl+Shift+X, as this computer names them.</extracomment>
        <translation>Appuyez deux fois rapidement sur %1, ou sur %2, pour partir immédiatement.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quick exit</source>
        <translation>Sortie rapide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes SafeHash at once and forgets everything. %1</source>
        <translation>Ferme SafeHash immédiatement et oublie tout. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave at once: the window closes and SafeHash forgets everything. %1</source>
        <translation>Partir immédiatement&#xa0;: la fenêtre se ferme et SafeHash oublie tout. %1</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/send.py" line="+53"/>
        <source>Sending progress</source>
        <translation>Progression de l’envoi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the same fingerprints again; the bank stores them only once</source>
        <translation>Renvoie les mêmes empreintes&#xa0;; la banque ne les conserve qu’une fois</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>Waiting to be sent</source>
        <translation>En attente d’envoi</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sendings that the hash bank does not have yet</source>
        <translation>Envois que la banque d’empreintes n’a pas encore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected sending again</source>
        <translation>Renvoyer l’envoi choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Discard the selected sending</source>
        <translation>Abandonner l’envoi choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will not be sent</source>
        <translation>Il ne sera pas envoyé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See your receipt</source>
        <translation>Voir votre reçu</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is nothing to send yet; please go back a step.</source>
        <translation>Il n’y a encore rien à envoyer&#xa0;; revenez une étape en arrière.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1, waiting since %2.</source>
        <extracomment>One sending in the list; %1 counts what it holds (&quot;3 photos and 1 video&quot;), %2 is a date and time.</extracomment>
        <translation>%1, en attente depuis le %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not held: the hash bank had these fingerprints, but they were withdrawn.</source>
        <translation>Non conservées&#xa0;: la banque d’empreintes avait ces empreintes, mais elles ont été retirées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. The hash bank confirmed it.</source>
        <translation>Envoyé. La banque d’empreintes l’a confirmé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These fingerprints will not be sent. Your photos and videos are not affected.</source>
        <translation>Ces empreintes ne seront pas envoyées. Vos photos et vidéos ne sont pas touchées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Not sent yet.</source>
        <translation>Pas encore envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Your fingerprints are kept in the list below until they are sent.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>%1 Vos empreintes restent dans la liste ci-dessous jusqu’à leur envoi.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending the fingerprints…</source>
        <translation>Envoi des empreintes…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 Last try: %2</source>
        <extracomment>%1 is the line above (&quot;3 photos, waiting since ...&quot;), %2 a whole sentence saying what went wrong at the last try.</extracomment>
        <translation>%1 Dernier essai&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These are kept only until SafeHash closes.</source>
        <translation>Elles sont conservées seulement jusqu’à la fermeture de SafeHash.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are kept, encrypted, on this computer until they are sent.</source>
        <translation>Elles sont conservées, chiffrées, sur cet ordinateur jusqu’à leur envoi.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Discard this sending?</source>
        <translation>Abandonner cet envoi&#xa0;?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/settings_page.py" line="+61"/>
        <location line="+9"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A language you choose is used at once. To keep it for next time, press “%1” below.</source>
        <extracomment>%1 is the name of the button &quot;Save on this computer&quot;.</extracomment>
        <translation>La langue choisie s’applique tout de suite. Pour la garder la prochaine fois, appuyez sur «&#xa0;%1&#xa0;» ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Save on this computer</source>
        <translation>Enregistrer sur cet ordinateur</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another hash bank (advanced)</source>
        <translation>Utiliser une autre banque d’empreintes (avancé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another hash bank</source>
        <translation>Utiliser une autre banque d’empreintes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the other hash bank</source>
        <translation>Adresse de l’autre banque d’empreintes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash bank</source>
        <translation>Banque d’empreintes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy address</source>
        <translation>Adresse du proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example socks5h://127.0.0.1:9050 to go through Tor</source>
        <translation>Par exemple socks5h://127.0.0.1:9050 pour passer par Tor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to connect directly. To hide that you use SafeHash from your network, enter the address of a proxy such as Tor.</source>
        <translation>Laissez vide pour vous connecter directement. Pour cacher à votre réseau que vous utilisez SafeHash, saisissez l’adresse d’un proxy comme Tor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember my case on this computer</source>
        <translation>Mémoriser mon cas sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep fingerprints that could not be sent yet, encrypted</source>
        <translation>Conserver, chiffrées, les empreintes qui n’ont pas encore pu être envoyées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep fingerprints that could not be sent yet</source>
        <translation>Conserver les empreintes qui n’ont pas encore pu être envoyées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By default SafeHash remembers nothing: everything is forgotten when it closes.</source>
        <translation>Par défaut, SafeHash ne mémorise rien&#xa0;: tout est oublié à sa fermeture.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this computer remembers</source>
        <translation>Ce que cet ordinateur mémorise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use until SafeHash closes</source>
        <translation>Utiliser jusqu’à la fermeture de SafeHash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings until SafeHash closes</source>
        <translation>Utiliser ces réglages jusqu’à la fermeture de SafeHash</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these settings on this computer</source>
        <translation>Enregistrer ces réglages sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget everything on this computer…</source>
        <translation>Tout oublier sur cet ordinateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>Tout oublier sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>Supprime tout ce que SafeHash a gardé ici&#xa0;: réglages, cas mémorisé, envois en attente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything</source>
        <translation>Tout oublier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes your saved settings, a remembered case token and fingerprints waiting to be sent. Files you saved yourself, such as a receipt or a case token file, stay where you saved them.</source>
        <translation>Supprime vos réglages enregistrés, une clé du cas mémorisée et les empreintes en attente d’envoi. Les fichiers que vous avez enregistrés vous-même, comme un reçu ou un fichier de clé du cas, restent là où vous les avez mis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About SafeHash and its licences…</source>
        <translation>À propos de SafeHash et de ses licences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About SafeHash and its licences</source>
        <translation>À propos de SafeHash et de ses licences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About SafeHash</source>
        <translation>À propos de SafeHash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which free software SafeHash includes, under which licences, and where its source code is.</source>
        <translation>Quels logiciels libres SafeHash contient, sous quelles licences, et où se trouve leur code source.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fingerprints are sent to %1, as set by %2.</source>
        <extracomment>%1 is the hash bank (&quot;the practice bank on this computer ...&quot; or its name), %2 the organisation that set up this copy of SafeHash.</extracomment>
        <translation>Les empreintes sont envoyées à %1, comme l’a configuré %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer&apos;s language</source>
        <translation>La langue de l’ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual size</source>
        <translation>Taille habituelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>Très grand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2%)</source>
        <extracomment>A text size: %1 its name (&quot;Larger&quot;), %2 how big, in per cent (&quot;125&quot;).</extracomment>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language changed: %1.</source>
        <extracomment>Shown (and read out) after the person picks a language; %1 is its name.</extracomment>
        <translation>Langue changée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The proxy address is not valid: it starts with socks5h://, socks5://, http:// or https://, followed by the proxy&apos;s address and port.</source>
        <translation>L’adresse du proxy n’est pas valide&#xa0;: elle commence par socks5h://, socks5://, http:// ou https://, suivi de l’adresse et du port du proxy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A proxy with a password cannot be used from the settings.</source>
        <translation>Un proxy avec mot de passe ne peut pas être utilisé depuis les réglages.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hash bank address is not valid: %1</source>
        <extracomment>%1 is a whole sentence saying what a valid address looks like.</extracomment>
        <translation>L’adresse de la banque d’empreintes n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved on this computer.</source>
        <translation>Enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use until SafeHash closes. Nothing was saved.</source>
        <translation>Utilisé jusqu’à la fermeture de SafeHash. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../client/safehash/gui/step_indicator.py" line="+38"/>
        <source>Step %1 of %2</source>
        <extracomment>What a screen reader says for the row of step numbers at the top.</extracomment>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SupportGuide</name>
    <message>
        <location filename="../../client/safehash/gui/guide_text.py" line="+19"/>
        <source>SafeHash: a step-by-step guide for support workers</source>
        <extracomment>The title of the support worker&apos;s guide (a web page).</extracomment>
        <translation>SafeHash&#xa0;: guide pas à pas pour les personnes qui accompagnent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this guide on the phone or beside the person. Each step shows the window as the person sees it, with the step number at the top that you can both name, and what you can say. Let the person press the buttons themselves, and never ask them to send you their photos or videos.</source>
        <translation>Utilisez ce guide au téléphone ou aux côtés de la personne. Chaque étape montre la fenêtre telle que la personne la voit, avec en haut le numéro de l’étape que vous pouvez toutes deux nommer, et ce que vous pouvez dire. Laissez la personne appuyer elle-même sur les boutons, et ne lui demandez jamais de vous envoyer ses photos ou ses vidéos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before you start, show the person “%1” in the top corner of every window: it closes SafeHash at once and forgets everything. %2</source>
        <extracomment>%1 is the name of the Quick exit button, %2 the sentence that names its keys.</extracomment>
        <translation>Avant de commencer, montrez à la personne «&#xa0;%1&#xa0;» dans le coin supérieur de chaque fenêtre&#xa0;: ce bouton ferme SafeHash immédiatement et oublie tout. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to say</source>
        <extracomment>The heading above the words a support worker can say at each step.</extracomment>
        <translation>Ce que vous pouvez dire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash makes a fingerprint of each photo and video on the person&apos;s own computer. Only the fingerprints are sent, never the photos or videos. A fingerprint does not remove photos or videos that are already online. When the person is ready, they press “%1”.</source>
        <extracomment>%1 is the name of the button that starts (on the window: &quot;Start&quot;).</extracomment>
        <translation>SafeHash fait une empreinte de chaque photo et vidéo sur l’ordinateur de la personne. Seules les empreintes sont envoyées, jamais les photos ni les vidéos. Une empreinte ne retire pas les photos ou vidéos déjà en ligne. Quand la personne est prête, elle appuie sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person drags their photos and videos onto the window, or presses “%1” and picks them; they can also open them with SafeHash from their file manager. Nothing is shown unless they ask, and a video is never played: asking shows one still picture from it. A long video takes a while; its row shows how far it has got. When every row says “%2”, they press “%3”.</source>
        <extracomment>%1 is the button that opens the file chooser, %2 the word a row of the list shows when its photo or video has been read (&quot;Ready&quot;), %3 the button that goes on (&quot;Continue&quot;). A &quot;row&quot; is one line of the list of photos and videos.</extracomment>
        <translation>La personne fait glisser ses photos et vidéos sur la fenêtre, ou appuie sur «&#xa0;%1&#xa0;» et les choisit&#xa0;; elle peut aussi les ouvrir avec SafeHash depuis son gestionnaire de fichiers. Rien ne s’affiche si elle ne le demande pas, et une vidéo n’est jamais lue&#xa0;: sur demande, une seule image fixe en est montrée. Une longue vidéo prend un moment&#xa0;; sa ligne montre où elle en est. Quand chaque ligne indique «&#xa0;%2&#xa0;», elle appuie sur «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This page says what will be sent, and can show the whole message. Photos and videos with too little detail can be left out. The person ticks the box that says the photos and videos are of them, or that they may act for the person in them, and presses “%1”.</source>
        <extracomment>%1 is the button that goes on (&quot;Continue&quot;).</extracomment>
        <translation>Cette page indique ce qui sera envoyé et peut afficher le message entier. Les photos et vidéos avec trop peu de détails peuvent être laissées de côté. La personne coche la case qui dit que les photos et vidéos la montrent, ou qu’elle peut agir pour la personne qui y figure, et appuie sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SafeHash sends the fingerprints and shows what the hash bank confirmed. The person can press “%1”: the receipt holds the case reference, never the case token, a photo or a video. If sending fails, the fingerprints wait in a list and can be sent again.</source>
        <extracomment>%1 is the button that saves the receipt.</extracomment>
        <translation>SafeHash envoie les empreintes et affiche ce que la banque d’empreintes a confirmé. La personne peut appuyer sur «&#xa0;%1&#xa0;»&#xa0;: le reçu contient la référence du cas, jamais la clé du cas, ni une photo ni une vidéo. Si l’envoi échoue, les empreintes attendent dans une liste et peuvent être envoyées à nouveau.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>If you gave the person a case token, they type it here. Otherwise they open a new case: its case token is shown only once, so they write it down or save it somewhere safe. Then they press “%1”.</source>
        <extracomment>%1 is the button that sends (&quot;Send&quot;).</extracomment>
        <translation>Si vous avez donné une clé du cas à la personne, elle la saisit ici. Sinon, elle ouvre un nouveau cas&#xa0;: sa clé du cas ne s’affiche qu’une fois, elle la note donc ou l’enregistre en lieu sûr. Puis elle appuie sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Later, “%1” at the bottom of the window asks the bank what it holds for the case, and can withdraw it. The person needs the case reference from the receipt and the case token.</source>
        <extracomment>%1 is the name of the link at the bottom of the window (&quot;Check or withdraw a case&quot;).</extracomment>
        <translation>Plus tard, «&#xa0;%1&#xa0;», en bas de la fenêtre, demande à la banque ce qu’elle conserve pour le cas et permet de le retirer. La personne a besoin de la référence du cas indiquée sur le reçu et de la clé du cas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made from SafeHash %1 itself, in this language. The pictures are practice photos, never anyone&apos;s own.</source>
        <extracomment>%1 is SafeHash&apos;s version number.</extracomment>
        <translation>Réalisé à partir de SafeHash %1 lui-même, dans cette langue. Les images sont des photos d’essai, jamais celles de quelqu’un.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/welcome.py" line="+40"/>
        <source>What is sent, and what is not</source>
        <translation>Ce qui est envoyé, et ce qui ne l’est pas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What this can and cannot do</source>
        <translation>Ce que cela peut faire, et ce que cela ne peut pas faire</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Help and support</source>
        <translation>Aide et soutien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick exit: %1</source>
        <translation>Sortie rapide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Sent: a fingerprint of each photo and video (a short code made from the picture, often called a hash) and your case token.</source>
        <translation>Envoyés&#xa0;: une empreinte de chaque photo et vidéo (un code court calculé à partir de l’image, souvent appelé «&#xa0;hachage&#xa0;» ou «&#xa0;hash&#xa0;») et votre clé du cas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never sent: your photos and videos, their names, where they are on this computer, or anything else about you.</source>
        <translation>Jamais envoyés&#xa0;: vos photos et vidéos, leurs noms, leur emplacement sur cet ordinateur, ni quoi que ce soit d’autre sur vous.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It helps partner platforms block copies of your photos and videos. It does not remove what is already online, and it cannot stop every website.</source>
        <translation>Cela aide les plateformes partenaires à bloquer les copies de vos photos et vidéos. Cela ne supprime pas ce qui est déjà en ligne et ne peut pas arrêter tous les sites web.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fingerprint is sensitive: a rough likeness of a photo, or of moments of a video, can sometimes be rebuilt from it. It is only sent to the bank named here.</source>
        <translation>Une empreinte est une donnée sensible&#xa0;: on peut parfois en reconstruire une image approximative d’une photo, ou de moments d’une vidéo. Elle n’est envoyée qu’à la banque nommée ici.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If someone in a photo or video was under %1</source>
        <extracomment>%1 is the age, 18, in the digits of your language.</extracomment>
        <translation>Si une personne sur une photo ou une vidéo avait moins de %1 ans</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to %1, where you can try out every step: nothing leaves this computer.</source>
        <translation>SafeHash fait une empreinte de chaque photo et vidéo que vous choisissez, ici sur cet ordinateur. Seules ces empreintes, avec votre clé du cas, sont envoyées à %1, où vous pouvez essayer chaque étape&#xa0;: rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to the hash bank used by %1. Partner platforms use them to recognise copies of your photos and videos and block them.</source>
        <translation>SafeHash crée une empreinte de chaque photo et vidéo que vous choisissez, ici, sur cet ordinateur. Seules ces empreintes, avec votre clé du cas, sont envoyées à la banque d’empreintes utilisée par %1. Les plateformes partenaires s’en servent pour reconnaître les copies de vos photos et vidéos et les bloquer.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the website in your browser</source>
        <translation>Ouvre le site web dans votre navigateur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
</context>
</TS>
