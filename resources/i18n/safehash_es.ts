<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../client/safehash/gui/about.py" line="+19"/>
        <source>About SafeHash and its licences</source>
        <translation>Acerca de SafeHash y sus licencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash %1 is free software under the Apache License 2.0. It includes other free software, each under its own licence. The list below, in English as the licences are written, names every part, its licence and where its source code is.</source>
        <translation>SafeHash %1 es software libre bajo la Licencia Apache 2.0. Incluye otro software libre, cada uno bajo su propia licencia. La lista de abajo, en inglés como están escritas las licencias, nombra cada parte, su licencia y dónde está su código fuente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This installation includes parts under the GNU General Public License (%1), so SafeHash as installed here is distributed under the GPL, version 3. You may share it under those terms, and you are entitled to the complete source code of every part.</source>
        <translation>Esta instalación incluye partes bajo la Licencia Pública General de GNU (%1), así que SafeHash, tal como está instalado aquí, se distribuye bajo la GPL, versión 3. Puede compartirlo en esos términos y tiene derecho al código fuente completo de cada parte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Software included, licences and sources</source>
        <translation>Software incluido, licencias y código fuente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>AddPhotosPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/add_photos.py" line="+92"/>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Elegir una carpeta</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading progress</source>
        <translation>Progreso de la lectura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Add the photos and videos you want to protect: drag them, or whole folders, onto this window, or choose them below. Nothing is shown here unless you ask to see it, and videos are never played.</source>
        <translation>Añade las fotos y videos que quieres proteger: arrástralos, o carpetas enteras, a esta ventana, o elígelos abajo. Aquí no se muestra nada a menos que pidas verlo, y los videos nunca se reproducen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose photos or videos…</source>
        <translation>Elegir fotos o videos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photos or videos</source>
        <translation>Elegir fotos o videos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick photos and videos on this computer</source>
        <translation>Abre una ventana para elegir fotos y videos de esta computadora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds every photo and video in a folder</source>
        <translation>Añade todas las fotos y videos de una carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste copied photos or videos</source>
        <translation>Pegar fotos o videos copiados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds photos and videos you copied in your file manager, or a picture you copied (%1)</source>
        <extracomment>%1 is the paste shortcut, Ctrl+V on most computers.</extracomment>
        <translation>Añade las fotos y videos que copiaste en tu gestor de archivos, o una imagen que copiaste (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You can also drop photos, videos or folders anywhere on this window.</source>
        <translation>También puedes soltar fotos, videos o carpetas en cualquier parte de esta ventana.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and videos not read yet are taken off the list</source>
        <translation>Las fotos y videos que aún no se han leído se quitan de la lista</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your photos and videos</source>
        <translation>Tus fotos y videos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of each photo and video, and what happened to it</source>
        <translation>El nombre de cada foto y video, y lo que ha pasado con cada uno</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show a still of this video</source>
        <translation>Ver una imagen fija de este video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this photo</source>
        <translation>Ver esta foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows one still picture from the selected video in a separate window; the video is not played, and nothing is saved</source>
        <translation>Muestra una imagen fija del video seleccionado en una ventana aparte; el video no se reproduce y no se guarda nada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the selected photo in a separate window; it is not saved</source>
        <translation>Muestra la foto elegida en otra ventana; no se guarda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected photos and videos</source>
        <translation>Quitar las fotos y videos seleccionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the selected photos and videos off the list (the files are not touched)</source>
        <translation>Quita de la lista las fotos y videos seleccionados (los archivos no se tocan)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear all photos and videos</source>
        <translation>Quitar todas las fotos y videos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes every photo and video off the list (the files are not touched)</source>
        <translation>Quita de la lista todas las fotos y videos (los archivos no se tocan)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing to paste: the clipboard is empty. Copy photos or videos in your file manager, or copy a picture, then paste again.</source>
        <translation>No hay nada que pegar: el portapapeles está vacío. Copia fotos o videos en tu gestor de archivos, o copia una imagen, y vuelve a pegar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds text, not photos or videos, so nothing was added.</source>
        <translation>El portapapeles contiene texto, no fotos ni videos, así que no se añadió nada.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading photos and videos: %1 of %2 done</source>
        <translation>Leyendo fotos y videos: %1 de %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No photos or videos added yet.</source>
        <translation>Aún no has añadido fotos ni videos.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n video(s) ready.</source>
        <translation>
            <numerusform>%n video listo.</numerusform>
            <numerusform>%n videos listos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n folder(s) could not be opened. Photos and videos inside were not added; the list shows which folder(s).</source>
        <translation>
            <numerusform>%n carpeta no se pudo abrir. Las fotos y videos que contiene no se añadieron; la lista muestra cuál.</numerusform>
            <numerusform>%n carpetas no se pudieron abrir. Las fotos y videos que contienen no se añadieron; la lista muestra cuáles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add your photos and videos</source>
        <translation>Añade tus fotos y videos</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Clear all</source>
        <translation>Quitar todas</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This picture is on the list already.</source>
        <translation>Esta imagen ya está en la lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copied picture was added as “%1”. It is read from memory and never saved anywhere.</source>
        <extracomment>%1 is the name it gets in the list: &quot;Pasted picture 1&quot;.</extracomment>
        <translation>La imagen copiada se añadió como «%1». Se lee desde la memoria y nunca se guarda en ningún sitio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard names files that are not on this computer (or no longer there), so nothing was added.</source>
        <translation>El portapapeles nombra archivos que no están en esta computadora (o que ya no están), así que no se añadió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a web address, not a photo on this computer. Save the photo first, then add the file.</source>
        <translation>El portapapeles contiene una dirección web, no una foto de esta computadora. Guarda primero la foto y luego añade el archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a picture in a form SafeHash cannot read safely. Save it as a file first, then add the file.</source>
        <translation>El portapapeles contiene una imagen en un formato que SafeHash no puede leer de forma segura. Guárdala primero como archivo y luego añade el archivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n photo(s) ready.</source>
        <translation>
            <numerusform>%n foto lista.</numerusform>
            <numerusform>%n fotos listas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n with too little detail.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the photos and videos have too little detail.</extracomment>
        <translation>
            <numerusform>%n con muy poco detalle.</numerusform>
            <numerusform>%n con muy poco detalle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be read.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the files could not be read.</extracomment>
        <translation>
            <numerusform>%n no se pudo leer.</numerusform>
            <numerusform>%n no se pudieron leer.</numerusform>
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

Detalles para la organización: %2</translation>
    </message>
</context>
<context>
    <name>BankWords</name>
    <message>
        <location filename="../../client/safehash/gui/bank_words.py" line="+33"/>
        <source>the practice bank on this computer</source>
        <extracomment>The practice bank, inside sentences such as &quot;3 photos will be sent as fingerprints to %1.&quot; Use the glossary&apos;s word for &quot;practice bank&quot;.</extracomment>
        <translation>el banco de práctica de esta computadora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the practice bank on this computer: nothing leaves this computer, and practice cases last only until SafeHash closes. Their case tokens do not work after that.</source>
        <translation>Este es el banco de práctica de esta computadora: nada sale de ella, y los casos de práctica solo duran hasta que se cierra SafeHash. Después, sus claves del caso ya no sirven.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A practice case cannot be remembered: it ends when SafeHash closes.</source>
        <translation>Un caso de práctica no se puede recordar: termina cuando se cierra SafeHash.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The practice bank does not know this case. Practice cases last only until SafeHash closes, so a case from an earlier time is gone; please open a new practice case.</source>
        <translation>El banco de práctica no conoce este caso. Los casos de práctica solo duran hasta que se cierra SafeHash, así que un caso de otra vez ya no existe; abre un caso de práctica nuevo.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case.py" line="+53"/>
        <source>A case token links these fingerprints to your case, so that you or your support worker can check or withdraw them later.</source>
        <translation>La clave del caso une estas huellas digitales a tu caso, para que más adelante tú o tu persona de apoyo puedan consultarlas o retirarlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have a case token</source>
        <translation>Tengo una clave del caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case token</source>
        <translation>Clave del caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste the case token your support worker gave you</source>
        <translation>Escribe o pega la clave del caso que te dio tu persona de apoyo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a new case</source>
        <translation>Abrir un caso nuevo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new case now</source>
        <translation>Abrir un caso nuevo ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the hash bank for a new case and shows its token once</source>
        <translation>Pide al banco de hashes un caso nuevo y muestra su clave una sola vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your new case token</source>
        <translation>Tu nueva clave del caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the case token</source>
        <translation>Copiar la clave del caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the token so you can paste it somewhere safe</source>
        <translation>Copia la clave para que puedas pegarla en un lugar seguro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to a file…</source>
        <translation>Guardar en un archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the case token to a file</source>
        <translation>Guardar la clave del caso en un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this token down or save it now: SafeHash shows it only this once.</source>
        <translation>Apunta esta clave o guárdala ahora: SafeHash solo la muestra esta vez.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remember this case on this computer</source>
        <translation>Recordar este caso en esta computadora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>En esta computadora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is kept in this computer&apos;s password store, so you can check your case later without typing it. Anyone who can use this computer account may be able to find it. If you share this computer, leave this off.</source>
        <translation>La clave se guarda en el almacén de contraseñas de esta computadora, para que puedas consultar tu caso más adelante sin escribirla. Cualquiera que pueda usar esta cuenta de la computadora podría encontrarla. Si compartes esta computadora, deja esta opción desactivada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The case is forgotten when SafeHash closes.</source>
        <extracomment>%1 is a whole sentence saying that there is no secure password store.</extracomment>
        <translation>%1 El caso se olvida cuando SafeHash se cierra.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your case</source>
        <translation>Tu caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opening a new case…</source>
        <translation>Abriendo un caso nuevo…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. SafeHash empties the clipboard again at Quick exit.</source>
        <translation>Copiada. SafeHash vacía el portapapeles de nuevo con la salida rápida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the case token</source>
        <translation>Guardar la clave del caso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash case token: %1</source>
        <extracomment>The one line written in a saved token file.</extracomment>
        <translation>Clave del caso de SafeHash: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your new case is open.</source>
        <translation>Tu caso nuevo está abierto.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Letters and numbers only; dashes are optional.</source>
        <translation>Solo letras y números; los guiones son opcionales.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This case token looks right.</source>
        <translation>Esta clave del caso parece correcta.</translation>
    </message>
</context>
<context>
    <name>CaseStatusPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case_status.py" line="+53"/>
        <source>See what the hash bank holds for your case, or ask it to delete the fingerprints. You need the case reference (it is on your receipt) and your case token.</source>
        <translation>Consulta lo que el banco de hashes guarda de tu caso, o pídele que borre las huellas digitales. Necesitas la referencia del caso (está en tu recibo) y tu clave del caso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Case reference</source>
        <translation>Referencia del caso</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>From your receipt</source>
        <translation>De tu recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Case token</source>
        <translation>Clave del caso</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hidden as it is typed; “Show” shows it</source>
        <translation>Se oculta mientras se escribe; «Mostrar» la muestra</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+91"/>
        <source>Show the case token</source>
        <translation>Mostrar la clave del caso</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open a saved receipt…</source>
        <translation>Abrir un recibo guardado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Open a saved receipt</source>
        <translation>Abrir un recibo guardado</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Fills in the case reference from a receipt you saved</source>
        <translation>Rellena la referencia del caso con un recibo que guardaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check status</source>
        <translation>Consultar el estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sendings in this case</source>
        <translation>Envíos de este caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw this sending…</source>
        <translation>Retirar este envío…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected sending</source>
        <translation>Retirar el envío elegido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw the whole case…</source>
        <translation>Retirar todo el caso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the whole case</source>
        <translation>Retirar todo el caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the bank to delete every fingerprint in it</source>
        <translation>Pide al banco que borre todas las huellas digitales del caso</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check or withdraw a case</source>
        <translation>Consultar o retirar un caso</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the case token</source>
        <translation>Ocultar la clave del caso</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please enter the case reference from your receipt.</source>
        <translation>Escribe la referencia del caso que aparece en tu recibo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is not a SafeHash receipt.</source>
        <translation>Este archivo no es un recibo de SafeHash.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt opened. Now enter the case token of this case.</source>
        <translation>Recibo abierto. Ahora escribe la clave del caso de este caso.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This case is open. Nothing has been sent to it yet.</source>
        <translation>Este caso está abierto. Todavía no se ha enviado nada a él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is open, but the bank holds none of its fingerprints: every sending below was withdrawn.</source>
        <translation>Este caso está abierto, pero el banco no guarda ninguna de sus huellas digitales: todos los envíos de abajo se retiraron.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case is open. The bank holds fingerprints of %1 in it.</source>
        <extracomment>%1 counts what the bank holds: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>Este caso está abierto. El banco guarda en él las huellas digitales de %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 %n sending(s) below were withdrawn.</source>
        <extracomment>%1 is the sentence &quot;This case is open. The bank holds fingerprints of 3 photos in it.&quot;</extracomment>
        <translation>
            <numerusform>%1 %n envío de abajo se retiró.</numerusform>
            <numerusform>%1 %n envíos de abajo se retiraron.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent %1: %2 held (reference %3)</source>
        <extracomment>One sending in the case: %1 a date and time, %2 what the bank holds of it (&quot;3 photos and 1 video&quot;), %3 its reference code.</extracomment>
        <translation>Enviado el %1: el banco guarda %2 (referencia %3)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The bank will delete these fingerprints. Platforms will no longer be able to match copies of these photos and videos.</source>
        <translation>El banco borrará estas huellas digitales. Las plataformas ya no podrán reconocer copias de estas fotos y videos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Withdraw the case</source>
        <translation>Retirar el caso</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Asking the hash bank…</source>
        <translation>Preguntando al banco de hashes…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This case was withdrawn: the bank deleted its fingerprints.</source>
        <translation>Este caso se retiró: el banco borró sus huellas digitales.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent %1: withdrawn (reference %2)</source>
        <extracomment>One withdrawn sending: %1 a date and time, %2 its reference code.</extracomment>
        <translation>Enviado el %1: retirado (referencia %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Withdrawn: the bank confirmed that it deleted these fingerprints.</source>
        <translation>Retirado: el banco confirmó que borró estas huellas digitales.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdraw this sending?</source>
        <translation>¿Retirar este envío?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Withdraw the whole case?</source>
        <translation>¿Retirar todo el caso?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank will delete every fingerprint in this case, and nothing more can be sent to it.</source>
        <translation>El banco borrará todas las huellas digitales de este caso y ya no se podrá enviar nada más a él.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/check.py" line="+44"/>
        <source>For each photo, SafeHash sends</source>
        <translation>Por cada foto, SafeHash envía</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This bank takes only file fingerprints of videos: they find exact copies of a video, not one that was shortened or saved again.</source>
        <translation>Este banco solo acepta huellas digitales de archivo de los videos: encuentran copias exactas de un video, no uno que se haya recortado o vuelto a guardar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each video, SafeHash sends</source>
        <translation>Por cada video, SafeHash envía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also sent, and never sent</source>
        <translation>Qué más se envía, y qué nunca se envía</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+90"/>
        <source>Show exactly what will be sent</source>
        <translation>Mostrar exactamente lo que se enviará</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Shows the message SafeHash will send to the bank, word for word</source>
        <translation>Muestra, palabra por palabra, el mensaje que SafeHash enviará al banco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly what will be sent</source>
        <translation>Exactamente lo que se enviará</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the whole message. The case token travels with it as a password (it is not shown here), and the reference below as its label.</source>
        <translation>Este es el mensaje completo. La clave del caso viaja con él como una contraseña (no se muestra aquí), y la referencia de abajo como su etiqueta.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Also sent: your case token, which shows the bank these photos and videos belong to your case, and a random reference so that sending twice stores them only once.</source>
        <translation>También se envía: tu clave del caso, que indica al banco que estas fotos y videos son de tu caso, y una referencia al azar para que, si se envían dos veces, se guarden solo una vez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never sent: the photos and videos themselves, their names, where they are on this computer, or when they were taken.</source>
        <translation>Nunca se envía: las fotos y videos, sus nombres, dónde están en esta computadora ni cuándo se tomaron.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave out the photos and videos with too little detail</source>
        <translation>Dejar fuera las fotos y videos con muy poco detalle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They may not be recognised by platforms</source>
        <translation>Es posible que las plataformas no los reconozcan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too little detail</source>
        <translation>Muy poco detalle</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These photos and videos are of me, or I am allowed to act for the person in them.</source>
        <translation>Estas fotos y videos son míos, o puedo actuar en nombre de la persona que aparece en ellos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I confirm these photos and videos are of me, or that I may act for the person in them</source>
        <translation>Confirmo que estas fotos y videos son míos, o que puedo actuar en nombre de la persona que aparece en ellos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your confirmation</source>
        <translation>Tu confirmación</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check what will be sent</source>
        <translation>Revisa lo que se enviará</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the hash bank what it accepts…</source>
        <translation>Preguntando al banco de hashes qué acepta…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The hash bank could not be asked yet: %1 This is checked again when sending.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>Todavía no se ha podido consultar al banco de hashes: %1 Se volverá a comprobar al enviar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hide the exact message</source>
        <translation>Ocultar el mensaje exacto</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>SafeHash will send the fingerprints of %1 to %2.</source>
        <extracomment>%1 counts what is sent: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;; %2 is the name of the hash bank.</extracomment>
        <translation>SafeHash enviará las huellas digitales de %1 a %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n photo(s) will be sent as fingerprints to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n foto se enviará como huella digital a %1.</numerusform>
            <numerusform>%n fotos se enviarán como huellas digitales a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A picture fingerprint (PDQ), which still matches after a photo is resized or re-saved.</source>
        <translation>Una huella digital de la imagen (PDQ), que sigue coincidiendo aunque la foto se redimensione o se vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second picture fingerprint (pHash), for platforms that use it.</source>
        <translation>Una segunda huella digital de la imagen (pHash), para las plataformas que la usan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file fingerprint (MD5), which matches only exact copies.</source>
        <translation>Una huella digital del archivo (MD5), que solo coincide con copias exactas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second file fingerprint (SHA-256), for exact copies.</source>
        <translation>Una segunda huella digital del archivo (SHA-256), para copias exactas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video fingerprint (vPDQ): a picture fingerprint of one frame each second, which still matches after a video is resized or re-saved.</source>
        <translation>Una huella digital de video (vPDQ): una huella digital de imagen de un fotograma por segundo, que sigue coincidiendo aunque el video se redimensione o se vuelva a guardar.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Too little detail for a dependable match in %n photo(s): very dark, plain or tiny pictures have little detail. Platforms may not recognise copies of them.</source>
        <translation>
            <numerusform>Hay muy poco detalle para una coincidencia fiable en %n foto: puede ser muy oscura, lisa o pequeña. Es posible que las plataformas no reconozcan sus copias.</numerusform>
            <numerusform>Hay muy poco detalle para una coincidencia fiable en %n fotos: pueden ser muy oscuras, lisas o pequeñas. Es posible que las plataformas no reconozcan sus copias.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>In %n video(s), no frame has enough detail for a dependable match: the video may be very dark or plain. If sent, their file fingerprints still find exact copies.</source>
        <translation>
            <numerusform>En %n video, ningún fotograma tiene suficiente detalle para una coincidencia fiable: puede ser muy oscuro o liso. Si se envía, su huella digital de archivo sigue encontrando copias exactas.</numerusform>
            <numerusform>En %n videos, ningún fotograma tiene suficiente detalle para una coincidencia fiable: pueden ser muy oscuros o lisos. Si se envían, sus huellas digitales de archivo siguen encontrando copias exactas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n file(s) could not be read and will not be sent.</source>
        <translation>
            <numerusform>%n archivo no se pudo leer y no se enviará.</numerusform>
            <numerusform>%n archivos no se pudieron leer y no se enviarán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n folder(s) could not be opened. Photos and videos inside will not be sent; step 2 shows which folder(s).</source>
        <translation>
            <numerusform>%n carpeta no se pudo abrir. Las fotos y videos que contiene no se enviarán; el paso 2 muestra cuál.</numerusform>
            <numerusform>%n carpetas no se pudieron abrir. Las fotos y videos que contienen no se enviarán; el paso 2 muestra cuáles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing will be sent: no photo or video is chosen.</source>
        <translation>No se enviará nada: no se eligió ninguna foto ni video.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Reference (Idempotency-Key): %1</source>
        <extracomment>&quot;Idempotency-Key&quot; is the technical name of the reference; keep it as it is.</extracomment>
        <translation>Referencia (Idempotency-Key): %1</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/close_guard.py" line="+25"/>
        <source>%n sending(s) not yet received by the hash bank.</source>
        <translation>
            <numerusform>%n envío aún no ha llegado al banco de hashes.</numerusform>
            <numerusform>%n envíos aún no han llegado al banco de hashes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close SafeHash?</source>
        <translation>¿Cerrar SafeHash?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you close SafeHash now, they are forgotten: nothing was kept on this computer. You can stay and press Send again, or close anyway.</source>
        <translation>Si cierras SafeHash ahora, se olvidarán: no se guardó nada en esta computadora. Puedes quedarte y pulsar «Enviar de nuevo», o cerrar de todos modos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay and send</source>
        <translation>Quedarme y enviar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/done.py" line="+46"/>
        <source>Receipt details</source>
        <translation>Detalles del recibo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt</source>
        <translation>Tu recibo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking or withdrawing later</source>
        <translation>Consultar o retirar más adelante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To see what the bank holds, or to ask it to delete these fingerprints, press “%1” at the bottom of the window and enter your case token and case reference. Saving the receipt keeps the case reference for you; it holds no token, photo or fingerprint.</source>
        <extracomment>%1 is the name of the button &quot;Check or withdraw a case&quot;.</extracomment>
        <translation>Para ver lo que guarda el banco, o para pedirle que borre estas huellas digitales, pulsa «%1» en la parte de abajo de la ventana y escribe tu clave del caso y la referencia del caso. Si guardas el recibo, conservas la referencia del caso; el recibo no contiene ninguna clave, foto ni huella digital.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save receipt…</source>
        <translation>Guardar el recibo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt to a file</source>
        <translation>Guardar el recibo en un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this case now</source>
        <translation>Consultar este caso ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send more photos or videos</source>
        <translation>Enviar más fotos o videos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts again at step 2 with the same case</source>
        <translation>Vuelve a empezar en el paso 2 con el mismo caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything on this computer…</source>
        <translation>Olvidar todo en esta computadora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>Olvidar todo en esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>Borra todo lo que SafeHash guardó aquí: ajustes, caso recordado, envíos pendientes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On this computer</source>
        <translation>En esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you close SafeHash, it forgets the photos, videos, fingerprints and case token of this session by itself.</source>
        <translation>Cuando cierras SafeHash, olvida por sí solo las fotos, los videos, las huellas digitales y la clave del caso de esta sesión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing has been sent yet.</source>
        <translation>Todavía no se ha enviado nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These fingerprints had reached %1 before, but they were withdrawn since.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>Estas huellas digitales ya habían llegado a %1, pero después se retiraron.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bank deleted them: it holds none of these photos or videos. To send them again, open a new case.</source>
        <translation>El banco las borró: ya no guarda ninguna huella de estas fotos y videos. Para volver a enviarlas, abre un caso nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank deleted them: it holds none of these photos. To send them again, open a new case.</source>
        <translation>El banco las borró: no guarda ninguna de estas fotos. Para enviarlas de nuevo, abre un caso nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your fingerprints were sent to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>Tus huellas digitales se enviaron a %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bank already had these fingerprints. Check the case to see what it holds now.</source>
        <translation>El banco ya tenía estas huellas digitales. Consulta el caso para ver lo que guarda ahora.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) or video(s) of them now.</source>
        <translation>
            <numerusform>El banco ya tenía estas huellas digitales; ahora guarda las de %n foto o video.</numerusform>
            <numerusform>El banco ya tenía estas huellas digitales; ahora guarda las de %n fotos o videos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) of them now.</source>
        <translation>
            <numerusform>El banco ya tenía estas huellas digitales; ahora guarda %n foto de ellas.</numerusform>
            <numerusform>El banco ya tenía estas huellas digitales; ahora guarda %n fotos de ellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The bank accepted %n photo(s).</source>
        <translation>
            <numerusform>El banco aceptó %n foto.</numerusform>
            <numerusform>El banco aceptó %n fotos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 It did not accept %n photo(s), usually because of too little detail.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos.&quot;; %n how many it did not.</extracomment>
        <translation>
            <numerusform>%1 No aceptó %n, normalmente porque tiene muy poco detalle.</numerusform>
            <numerusform>%1 No aceptó %n, normalmente porque tienen muy poco detalle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Case reference: %1
Sending reference: %2
Received: %3</source>
        <extracomment>Three lines of the receipt; the references are codes (in groups of four, to be read aloud), the last a date and time.</extracomment>
        <translation>Referencia del caso: %1
Referencia del envío: %2
Recibido: %3</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Anything you asked it to keep (settings, a remembered case, sendings waiting to be sent) stays until you press the button below. Files you saved yourself, such as this receipt or a case token file, are never deleted by SafeHash.</source>
        <translation>Lo que le pediste que guardara (ajustes, un caso recordado, envíos pendientes) se queda hasta que pulses el botón de abajo. Los archivos que guardaste tú, como este recibo o un archivo con la clave del caso, SafeHash nunca los borra.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The bank accepted %1.</source>
        <extracomment>%1 counts what the bank accepted: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>El banco aceptó %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank accepted none of them.</source>
        <translation>El banco no aceptó ninguno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 It did not accept %2.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos and 1 video.&quot;; %2 counts what it did not accept: &quot;1 video&quot;.</extracomment>
        <translation>%1 No aceptó %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the receipt</source>
        <translation>Guardar el recibo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt was saved.</source>
        <translation>El recibo se ha guardado.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../client/safehash/gui/error_text.py" line="+40"/>
        <source>This file could not be read.</source>
        <translation>No se pudo leer este archivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer there; it may have been moved or deleted.</source>
        <translation>El archivo ya no está ahí; puede que se haya movido o borrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be opened; you may not have permission to read it.</source>
        <translation>No se pudo abrir el archivo; puede que no tengas permiso para leerlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file changed while it was being read; please add it again.</source>
        <translation>El archivo cambió mientras se leía; vuelve a añadirlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a photo SafeHash can read.</source>
        <translation>El archivo es demasiado grande para ser una foto que SafeHash pueda leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo is incomplete or damaged, so it cannot be read to the end.</source>
        <translation>La foto está incompleta o dañada, así que no se puede leer hasta el final.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is far larger than any camera photo, so it was not opened, to protect this computer.</source>
        <translation>La imagen es mucho más grande que cualquier foto de cámara, así que no se abrió, para proteger esta computadora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is damaged and could not be read.</source>
        <translation>La foto está dañada y no se pudo leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is built in a way no camera or phone writes, so it was not opened, to protect this computer.</source>
        <translation>La imagen está hecha de una forma que ninguna cámara ni teléfono usa, así que no se abrió, para proteger esta computadora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file made SafeHash&apos;s reader stop, so it was not hashed; it may be damaged or made to cause harm. Your other files are safe.</source>
        <translation>Este archivo hizo que el lector de SafeHash se detuviera, así que no se creó su huella digital; puede estar dañado o hecho para causar daño. Tus demás archivos están a salvo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file gave an answer SafeHash cannot trust, so it was not hashed; it may be made to cause harm.</source>
        <translation>Al leer este archivo se obtuvo una respuesta en la que SafeHash no puede confiar, así que no se creó su huella digital; puede estar hecho para causar daño.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This is not a photo or video but a folder or a special file.</source>
        <translation>Esto no es una foto ni un video, sino una carpeta o un archivo especial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shortcut points back to itself, so there is nothing to read.</source>
        <translation>Este acceso directo apunta a sí mismo, así que no hay nada que leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty, so there is no photo or video in it.</source>
        <translation>El archivo está vacío, así que no contiene ninguna foto ni video.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a photo or video SafeHash can read.</source>
        <translation>Este archivo no es una foto ni un video que SafeHash pueda leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This video is stored in a form SafeHash cannot read, so it was not opened.</source>
        <translation>Este video está guardado en un formato que SafeHash no puede leer, así que no se abrió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file holds no video (only sound, or nothing that plays), so there is nothing to read.</source>
        <translation>Este archivo no contiene video (solo sonido, o nada que se pueda reproducir), así que no hay nada que leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video is damaged and could not be played, so it was not read.</source>
        <translation>El video está dañado y no se pudo reproducir, así que no se leyó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video does not say how fast it plays, so SafeHash cannot make its fingerprint.</source>
        <translation>El video no indica a qué velocidad se reproduce, así que SafeHash no puede hacer su huella digital.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video is longer than %1 hours, the most SafeHash reads in one video, so it was not read.</source>
        <extracomment>%1 is a number of hours (4), in the digits of your language.</extracomment>
        <translation>El video dura más de %1 horas, lo máximo que SafeHash lee de un video, así que no se leyó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video&apos;s picture is far larger than any camera films, so it was not opened, to protect this computer.</source>
        <translation>La imagen del video es mucho más grande que la de cualquier cámara, así que no se abrió, para proteger esta computadora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file took far longer than it should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>Leer este archivo tardó mucho más de lo normal, así que SafeHash lo detuvo; puede estar dañado o hecho para causar daño.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file needed far more memory than any photo or video should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>Leer este archivo necesitaba mucha más memoria que cualquier foto o video, así que SafeHash lo detuvo; puede estar dañado o hecho para causar daño.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder could not be opened, so the photos and videos in it were not added; you may not have permission to read it.</source>
        <translation>No se pudo abrir esta carpeta, así que no se añadieron sus fotos y videos; puede que no tengas permiso para leerla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not read this file because of a problem of its own.</source>
        <translation>SafeHash no pudo leer este archivo por un problema propio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hash bank could not be reached or did not accept the request.</source>
        <translation>No se pudo contactar con el banco de hashes o no aceptó la petición.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect to the hash bank; please check that this computer is online.</source>
        <translation>SafeHash no pudo conectarse al banco de hashes; comprueba que esta computadora tiene conexión a internet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect through the proxy; please check that it (or Tor) is running.</source>
        <translation>SafeHash no pudo conectarse a través del proxy; comprueba que el proxy (o Tor) está en marcha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank took too long to answer; please try again later.</source>
        <translation>El banco de hashes tardó demasiado en responder; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s security certificate could not be checked, so nothing was sent.</source>
        <translation>No se pudo comprobar el certificado de seguridad del banco de hashes, así que no se envió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not show the security key SafeHash expects, so nothing was sent.</source>
        <translation>El banco de hashes no mostró la clave de seguridad que SafeHash espera, así que no se envió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank tried to send SafeHash somewhere else; SafeHash did not follow.</source>
        <translation>El banco de hashes intentó llevar a SafeHash a otro sitio; SafeHash no lo siguió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s answer was far too large, so SafeHash ignored it.</source>
        <translation>La respuesta del banco de hashes era demasiado grande, así que SafeHash la ignoró.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank gave an answer SafeHash does not understand.</source>
        <translation>El banco de hashes dio una respuesta que SafeHash no entiende.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank is busy right now; please try again in a few minutes.</source>
        <translation>El banco de hashes está ocupado en este momento; inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank has a problem of its own; please try again later.</source>
        <translation>El banco de hashes tiene un problema propio; inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this case token; please check it.</source>
        <translation>El banco de hashes no aceptó esta clave del caso; revísala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused: this case token does not allow that.</source>
        <translation>El banco de hashes se negó: esta clave del caso no permite hacer eso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank does not let people open a case themselves; please ask your support worker for a case token.</source>
        <translation>Este banco de hashes no permite abrir un caso por cuenta propia; pide una clave del caso a tu persona de apoyo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case was withdrawn, so nothing more can be sent to it; please open a new case.</source>
        <translation>Este caso se retiró, así que ya no se puede enviar nada más a él; abre un caso nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this app&apos;s access code; please ask the organisation that gave you SafeHash.</source>
        <translation>El banco de hashes no aceptó el código de acceso de esta aplicación; consulta a la organización que te dio SafeHash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This organisation&apos;s hash bank needs an access code, and none has been entered yet.</source>
        <translation>El banco de hashes de esta organización necesita un código de acceso y todavía no se ha introducido ninguno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The practice bank could not be started on this computer.</source>
        <translation>No se pudo iniciar el banco de práctica en esta computadora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank does not know this case or sending; it may have been withdrawn.</source>
        <translation>El banco de hashes no conoce este caso o este envío; puede que se haya retirado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank already has a different sending under the same reference.</source>
        <translation>El banco de hashes ya tiene otro envío distinto con la misma referencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are too many photos and videos for one sending; please send them in smaller groups.</source>
        <translation>Son demasiadas fotos y videos para un solo envío; envíalos en grupos más pequeños.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank cannot take videos, so nothing was sent; please send the photos without the videos.</source>
        <translation>Este banco de hashes no acepta videos, así que no se envió nada; envía las fotos sin los videos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent: this hash bank takes none of these fingerprints (it cannot take videos, for example).</source>
        <translation>No se envió nada: este banco de hashes no acepta ninguna de estas huellas digitales (por ejemplo, no acepta videos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused the request as not valid.</source>
        <translation>El banco de hashes rechazó la petición por no ser válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s address must start with https://.</source>
        <translation>La dirección del banco de hashes debe empezar por https://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid web address.</source>
        <translation>Esta no es una dirección web válida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of SafeHash is not set up correctly; please tell the organisation that gave it to you.</source>
        <translation>Esta copia de SafeHash no está bien configurada; avisa a la organización que te la dio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved settings could not be read, so SafeHash uses its usual settings.</source>
        <translation>No se pudieron leer tus ajustes guardados, así que SafeHash usa sus ajustes habituales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure password store that SafeHash can use, so nothing secret can be remembered.</source>
        <translation>Esta computadora no tiene un almacén de contraseñas seguro que SafeHash pueda usar, así que no se puede recordar nada secreto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password store did not answer (it may be locked), so nothing was saved.</source>
        <translation>El almacén de contraseñas no respondió (puede que esté bloqueado), así que no se guardó nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token is needed; please enter one.</source>
        <translation>Hace falta una clave del caso; escribe una.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved list of waiting sendings could not be opened.</source>
        <translation>No se pudo abrir la lista guardada de envíos pendientes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid SafeHash file.</source>
        <translation>Este no es un archivo de SafeHash válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the case token.</source>
        <translation>Escribe la clave del caso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token cannot contain some of these characters; please check it.</source>
        <translation>Una clave del caso no puede contener algunos de estos caracteres; revísala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too short; please check it.</source>
        <translation>La clave del caso es demasiado corta; revísala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too long; please check it.</source>
        <translation>La clave del caso es demasiado larga; revísala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case token has a typing mistake somewhere; please check it.</source>
        <translation>Hay un error de escritura en algún lugar de esta clave del caso; revísala.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo no ha funcionado. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an animation; only its first picture was used.</source>
        <translation>Es una animación; solo se usó su primera imagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo was turned upright, as a phone shows it.</source>
        <translation>La foto se giró para ponerla derecha, como la muestra un teléfono.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is stored turned; its fingerprint was made both as stored and upright, as players show it.</source>
        <translation>El video está guardado girado; su huella digital se hizo tal como está guardado y también derecho, como lo muestran los reproductores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file holds more than one video; only the first one was read.</source>
        <translation>Este archivo contiene más de un video; solo se leyó el primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is cut short or damaged; only the part that plays was read.</source>
        <translation>El video está cortado o dañado; solo se leyó la parte que se reproduce.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video says it plays at an unusual speed; its frames were picked by that speed, as other video fingerprint tools do, so their times may be off.</source>
        <translation>El video indica una velocidad poco habitual; sus fotogramas se eligieron según esa velocidad, como hacen otras herramientas de huellas de video, así que sus tiempos pueden no ser exactos.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The case token is %n character(s) too short.</source>
        <translation>
            <numerusform>A la clave del caso le falta %n carácter.</numerusform>
            <numerusform>A la clave del caso le faltan %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The case token is %n character(s) too long.</source>
        <translation>
            <numerusform>A la clave del caso le sobra %n carácter.</numerusform>
            <numerusform>A la clave del caso le sobran %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A case token cannot contain %1; please check it.</source>
        <translation>Una clave del caso no puede contener %1; revísala.</translation>
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
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose photos or videos</source>
        <translation>Elegir fotos o videos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos and videos (%1)</source>
        <translation>Fotos y videos (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (%1)</source>
        <translation>Videos (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a folder of photos or videos</source>
        <translation>Elegir una carpeta de fotos o videos</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a file named %1. Replace it?</source>
        <extracomment>%1 is the name of a file the person chose to save to.</extracomment>
        <translation>Ya hay un archivo llamado %1. ¿Quieres reemplazarlo?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old file</source>
        <translation>Conservar el archivo anterior</translation>
    </message>
</context>
<context>
    <name>Forget</name>
    <message>
        <location filename="../../client/safehash/gui/forget.py" line="+18"/>
        <source>Forget everything?</source>
        <translation>¿Olvidar todo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash will delete everything it kept on this computer: your settings, a remembered case token and fingerprints waiting to be sent.</source>
        <translation>SafeHash borrará todo lo que guardó en esta computadora: tus ajustes, una clave del caso recordada y las huellas digitales pendientes de envío.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you saved yourself, such as a receipt or a case token file, stay where you saved them: delete them yourself if you no longer need them. What was sent to the bank stays there; withdraw it first if you want it gone.</source>
        <translation>Los archivos que guardaste tú, como un recibo o un archivo con la clave del caso, se quedan donde los guardaste: bórralos tú si ya no los necesitas. Lo que se envió al banco se queda allí; retíralo antes si quieres que desaparezca.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget everything</source>
        <translation>Olvidar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../client/safehash/gui/i18n.py" line="+224"/>
        <source>English</source>
        <extracomment>The name of your language, written in your language, as it should appear in a list of languages: for example &quot;Español&quot;, &quot;Français&quot;, &quot;Português (Brasil)&quot;.</extracomment>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/safehash/gui/main_window.py" line="+123"/>
        <location filename="../../client/safehash/gui/pages/done.py" line="-151"/>
        <source>Check or withdraw a case</source>
        <translation>Consultar o retirar un caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network log</source>
        <translation>Registro de red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every connection SafeHash made</source>
        <translation>Todas las conexiones que hizo SafeHash</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Go to the previous step</source>
        <translation>Ir al paso anterior</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Step %1 of %2: %3</source>
        <extracomment>The title of each step: &quot;Step 2 of 5: Add your photos and videos&quot;. A support worker on the phone names the step by its number.</extracomment>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the steps</source>
        <translation>Volver a los pasos</translation>
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
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n video(s)</source>
        <extracomment>A count inside a sentence, such as &quot;SafeHash will send the fingerprints of 1 video to ...&quot;, &quot;The bank accepted 3 photos and 1 video.&quot;</extracomment>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <extracomment>Two counts: %1 is &quot;3 photos&quot;, %2 is &quot;1 video&quot;.</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n video(s) cannot be sent to %1: it takes no videos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n video no se puede enviar a %1: no acepta videos.</numerusform>
            <numerusform>%n videos no se pueden enviar a %1: no acepta videos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) cannot be sent to %1: it takes no photos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n foto no se puede enviar a %1: no acepta fotos.</numerusform>
            <numerusform>%n fotos no se pueden enviar a %1: no acepta fotos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) cannot be sent to %1: it takes none of their fingerprints.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n archivo no se puede enviar a %1: no acepta ninguna de sus huellas digitales.</numerusform>
            <numerusform>%n archivos no se pueden enviar a %1: no acepta ninguna de sus huellas digitales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/network_log.py" line="+38"/>
        <source>Every connection SafeHash made since it started. It never contains your photos or videos, their names or your case token, and it is forgotten when SafeHash closes.</source>
        <translation>Todas las conexiones que ha hecho SafeHash desde que se abrió. Nunca contiene tus fotos ni videos, sus nombres ni tu clave del caso, y se olvida cuando SafeHash se cierra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list</source>
        <translation>Actualizar la lista</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <extracomment>Column titles of the network log. &quot;Method&quot; is the kind of HTTP request (GET, POST); &quot;Host&quot; the server&apos;s name; &quot;Answer&quot; the server&apos;s status code.</extracomment>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes received</source>
        <translation>Bytes recibidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network log</source>
        <translation>Registro de red</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../client/safehash/gui/widgets.py" line="+172"/>
        <source>Scroll the page</source>
        <translation>Desplazar la página</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../../client/safehash/gui/photos.py" line="+85"/>
        <source>Pasted picture %1</source>
        <extracomment>The name of a picture pasted from the clipboard (it has no file name); %1 counts them: &quot;Pasted picture 1&quot;, &quot;Pasted picture 2&quot;.</extracomment>
        <translation>Imagen pegada %1</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Photo or video</source>
        <translation>Foto o video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1 read so far…</source>
        <extracomment>A video being read whose length is not known; %1 is how much of it was read, as minutes:seconds (&quot;1:05&quot;).</extracomment>
        <translation>Leyendo el video: %1 leído hasta ahora…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1%</source>
        <extracomment>A video being read; %1 is how much of it is done, in percent (&quot;40&quot;): write the percent sign as your language does (&quot;40 %&quot;, &quot;40٪&quot;).</extracomment>
        <translation>Leyendo el video: %1 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready (video, %1)</source>
        <extracomment>A video whose fingerprint is made; %1 is its length, as minutes:seconds (&quot;0:12&quot;) or hours:minutes:seconds.</extracomment>
        <translation>Listo (video, %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too little detail for a dependable match</source>
        <translation>Muy poco detalle para una coincidencia fiable</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../client/safehash/gui/preview.py" line="+33"/>
        <source>A still of your video</source>
        <translation>Una imagen fija de tu video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your photo</source>
        <translation>Tu foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening one still picture of the video…</source>
        <translation>Abriendo una imagen fija del video…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the photo…</source>
        <translation>Abriendo la foto…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A still picture of the video</source>
        <translation>Una imagen fija del video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo</source>
        <translation>La foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One still picture, from about a second into the video. The video is not played.</source>
        <translation>Una imagen fija, de más o menos un segundo después del comienzo del video. El video no se reproduce.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only shown here. SafeHash does not keep a copy of it.</source>
        <translation>Solo se muestra aquí. SafeHash no guarda ninguna copia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the picture</source>
        <translation>Cerrar la imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the photo</source>
        <translation>Cerrar la foto</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../client/safehash/gui/qt_strings.py" line="+16"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <location filename="../../client/safehash/gui/quick_exit.py" line="+33"/>
        <source>Press %1 twice quickly, or %2, to leave at once.</source>
        <extracomment>%1 is the Esc key, %2 the shortcut Ctrl+Shift+X, as this computer names them.</extracomment>
        <translation>Pulsa %1 dos veces seguidas, o %2, para salir al instante.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes SafeHash at once and forgets everything. %1</source>
        <translation>Cierra SafeHash al instante y lo olvida todo. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave at once: the window closes and SafeHash forgets everything. %1</source>
        <translation>Salir al instante: la ventana se cierra y SafeHash lo olvida todo. %1</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/send.py" line="+53"/>
        <source>Sending progress</source>
        <translation>Progreso del envío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the same fingerprints again; the bank stores them only once</source>
        <translation>Vuelve a enviar las mismas huellas digitales; el banco las guarda solo una vez</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>Waiting to be sent</source>
        <translation>Pendiente de enviar</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sendings that the hash bank does not have yet</source>
        <translation>Envíos que el banco de hashes aún no tiene</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send again</source>
        <translation>Enviar de nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected sending again</source>
        <translation>Enviar de nuevo el envío elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Discard the selected sending</source>
        <translation>Descartar el envío elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will not be sent</source>
        <translation>No se enviará</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See your receipt</source>
        <translation>Ver tu recibo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is nothing to send yet; please go back a step.</source>
        <translation>Todavía no hay nada que enviar; vuelve un paso atrás.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1, waiting since %2.</source>
        <extracomment>One sending in the list; %1 counts what it holds (&quot;3 photos and 1 video&quot;), %2 is a date and time.</extracomment>
        <translation>%1, en espera desde el %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not held: the hash bank had these fingerprints, but they were withdrawn.</source>
        <translation>No se guardan: el banco de hashes tenía estas huellas digitales, pero se retiraron.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. The hash bank confirmed it.</source>
        <translation>Enviado. El banco de hashes lo ha confirmado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These fingerprints will not be sent. Your photos and videos are not affected.</source>
        <translation>Estas huellas digitales no se enviarán. Tus fotos y videos no se ven afectados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Not sent yet.</source>
        <translation>Aún no se ha enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Your fingerprints are kept in the list below until they are sent.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>%1 Tus huellas digitales se guardan en la lista de abajo hasta que se envíen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending the fingerprints…</source>
        <translation>Enviando las huellas digitales…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 Last try: %2</source>
        <extracomment>%1 is the line above (&quot;3 photos, waiting since ...&quot;), %2 a whole sentence saying what went wrong at the last try.</extracomment>
        <translation>%1 Último intento: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These are kept only until SafeHash closes.</source>
        <translation>Se guardan solo hasta que SafeHash se cierra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are kept, encrypted, on this computer until they are sent.</source>
        <translation>Se guardan, cifradas, en esta computadora hasta que se envíen.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Discard this sending?</source>
        <translation>¿Descartar este envío?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/settings_page.py" line="+61"/>
        <location line="+9"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A language you choose is used at once. To keep it for next time, press “%1” below.</source>
        <extracomment>%1 is the name of the button &quot;Save on this computer&quot;.</extracomment>
        <translation>El idioma que elijas se usa al instante. Para conservarlo la próxima vez, pulsa «%1» más abajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Save on this computer</source>
        <translation>Guardar en esta computadora</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another hash bank (advanced)</source>
        <translation>Usar otro banco de hashes (avanzado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another hash bank</source>
        <translation>Usar otro banco de hashes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the other hash bank</source>
        <translation>Dirección del otro banco de hashes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash bank</source>
        <translation>Banco de hashes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy address</source>
        <translation>Dirección del proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example socks5h://127.0.0.1:9050 to go through Tor</source>
        <translation>Por ejemplo socks5h://127.0.0.1:9050 para pasar por Tor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to connect directly. To hide that you use SafeHash from your network, enter the address of a proxy such as Tor.</source>
        <translation>Déjalo vacío para conectarte directamente. Para ocultar a tu red que usas SafeHash, escribe la dirección de un proxy como Tor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember my case on this computer</source>
        <translation>Recordar mi caso en esta computadora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep fingerprints that could not be sent yet, encrypted</source>
        <translation>Conservar, cifradas, las huellas digitales que aún no se han podido enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep fingerprints that could not be sent yet</source>
        <translation>Conservar las huellas digitales que aún no se han podido enviar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By default SafeHash remembers nothing: everything is forgotten when it closes.</source>
        <translation>De forma predeterminada SafeHash no recuerda nada: todo se olvida cuando se cierra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this computer remembers</source>
        <translation>Qué recuerda esta computadora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use until SafeHash closes</source>
        <translation>Usar hasta que SafeHash se cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings until SafeHash closes</source>
        <translation>Usar estos ajustes hasta que SafeHash se cierre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these settings on this computer</source>
        <translation>Guardar estos ajustes en esta computadora</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget everything on this computer…</source>
        <translation>Olvidar todo en esta computadora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>Olvidar todo en esta computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>Borra todo lo que SafeHash guardó aquí: ajustes, caso recordado, envíos pendientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything</source>
        <translation>Olvidar todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes your saved settings, a remembered case token and fingerprints waiting to be sent. Files you saved yourself, such as a receipt or a case token file, stay where you saved them.</source>
        <translation>Borra tus ajustes guardados, una clave del caso recordada y las huellas digitales pendientes de envío. Los archivos que guardaste tú, como un recibo o un archivo con la clave del caso, se quedan donde los guardaste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About SafeHash and its licences…</source>
        <translation>Acerca de SafeHash y sus licencias…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About SafeHash and its licences</source>
        <translation>Acerca de SafeHash y sus licencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About SafeHash</source>
        <translation>Acerca de SafeHash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which free software SafeHash includes, under which licences, and where its source code is.</source>
        <translation>Qué software libre incluye SafeHash, bajo qué licencias y dónde está su código fuente.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fingerprints are sent to %1, as set by %2.</source>
        <extracomment>%1 is the hash bank (&quot;the practice bank on this computer ...&quot; or its name), %2 the organisation that set up this copy of SafeHash.</extracomment>
        <translation>Las huellas digitales se envían a %1, según lo configuró %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer&apos;s language</source>
        <translation>El idioma de la computadora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual size</source>
        <translation>Tamaño normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>Lo más grande</translation>
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
        <translation>Idioma cambiado: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The proxy address is not valid: it starts with socks5h://, socks5://, http:// or https://, followed by the proxy&apos;s address and port.</source>
        <translation>La dirección del proxy no es válida: empieza por socks5h://, socks5://, http:// o https://, seguida de la dirección y el puerto del proxy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A proxy with a password cannot be used from the settings.</source>
        <translation>No se puede usar un proxy con contraseña desde los ajustes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hash bank address is not valid: %1</source>
        <extracomment>%1 is a whole sentence saying what a valid address looks like.</extracomment>
        <translation>La dirección del banco de hashes no es válida: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved on this computer.</source>
        <translation>Guardado en esta computadora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use until SafeHash closes. Nothing was saved.</source>
        <translation>En uso hasta que SafeHash se cierre. No se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../client/safehash/gui/step_indicator.py" line="+38"/>
        <source>Step %1 of %2</source>
        <extracomment>What a screen reader says for the row of step numbers at the top.</extracomment>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>SupportGuide</name>
    <message>
        <location filename="../../client/safehash/gui/guide_text.py" line="+19"/>
        <source>SafeHash: a step-by-step guide for support workers</source>
        <extracomment>The title of the support worker&apos;s guide (a web page).</extracomment>
        <translation>SafeHash: guía paso a paso para personas de apoyo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this guide on the phone or beside the person. Each step shows the window as the person sees it, with the step number at the top that you can both name, and what you can say. Let the person press the buttons themselves, and never ask them to send you their photos or videos.</source>
        <translation>Usa esta guía por teléfono o al lado de la persona. Cada paso muestra la ventana como la ve la persona, con el número del paso arriba para que ambas puedan nombrarlo, y lo que puedes decir. Deja que la persona pulse los botones ella misma, y nunca le pidas que te envíe sus fotos o videos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before you start, show the person “%1” in the top corner of every window: it closes SafeHash at once and forgets everything. %2</source>
        <extracomment>%1 is the name of the Quick exit button, %2 the sentence that names its keys.</extracomment>
        <translation>Antes de empezar, muestra a la persona «%1» en la esquina superior de cada ventana: cierra SafeHash al instante y lo olvida todo. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to say</source>
        <extracomment>The heading above the words a support worker can say at each step.</extracomment>
        <translation>Qué decir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash makes a fingerprint of each photo and video on the person&apos;s own computer. Only the fingerprints are sent, never the photos or videos. A fingerprint does not remove photos or videos that are already online. When the person is ready, they press “%1”.</source>
        <extracomment>%1 is the name of the button that starts (on the window: &quot;Start&quot;).</extracomment>
        <translation>SafeHash hace una huella digital de cada foto y video en la propia computadora de la persona. Solo se envían las huellas digitales, nunca las fotos ni los videos. Una huella digital no quita fotos ni videos que ya están en internet. Cuando la persona esté lista, pulsa «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person drags their photos and videos onto the window, or presses “%1” and picks them; they can also open them with SafeHash from their file manager. Nothing is shown unless they ask, and a video is never played: asking shows one still picture from it. A long video takes a while; its row shows how far it has got. When every row says “%2”, they press “%3”.</source>
        <extracomment>%1 is the button that opens the file chooser, %2 the word a row of the list shows when its photo or video has been read (&quot;Ready&quot;), %3 the button that goes on (&quot;Continue&quot;). A &quot;row&quot; is one line of the list of photos and videos.</extracomment>
        <translation>La persona arrastra sus fotos y videos a la ventana, o pulsa «%1» y los elige; también puede abrirlos con SafeHash desde su gestor de archivos. No se muestra nada si no lo pide, y un video nunca se reproduce: si lo pide, solo se ve una imagen fija del video. Un video largo tarda un rato; su fila muestra hasta dónde ha llegado. Cuando todas las filas digan «%2», pulsa «%3».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This page says what will be sent, and can show the whole message. Photos and videos with too little detail can be left out. The person ticks the box that says the photos and videos are of them, or that they may act for the person in them, and presses “%1”.</source>
        <extracomment>%1 is the button that goes on (&quot;Continue&quot;).</extracomment>
        <translation>Esta página dice lo que se enviará y puede mostrar el mensaje completo. Las fotos y videos con muy poco detalle se pueden dejar fuera. La persona marca la casilla que dice que las fotos y videos son suyos, o que puede actuar por la persona que aparece en ellos, y pulsa «%1».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SafeHash sends the fingerprints and shows what the hash bank confirmed. The person can press “%1”: the receipt holds the case reference, never the case token, a photo or a video. If sending fails, the fingerprints wait in a list and can be sent again.</source>
        <extracomment>%1 is the button that saves the receipt.</extracomment>
        <translation>SafeHash envía las huellas digitales y muestra lo que confirmó el banco de hashes. La persona puede pulsar «%1»: el recibo contiene la referencia del caso, nunca la clave del caso, una foto ni un video. Si el envío falla, las huellas digitales esperan en una lista y se pueden volver a enviar.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>If you gave the person a case token, they type it here. Otherwise they open a new case: its case token is shown only once, so they write it down or save it somewhere safe. Then they press “%1”.</source>
        <extracomment>%1 is the button that sends (&quot;Send&quot;).</extracomment>
        <translation>Si le diste a la persona una clave del caso, la escribe aquí. Si no, abre un caso nuevo: su clave del caso se muestra una sola vez, así que la anota o la guarda en un lugar seguro. Después pulsa «%1».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Later, “%1” at the bottom of the window asks the bank what it holds for the case, and can withdraw it. The person needs the case reference from the receipt and the case token.</source>
        <extracomment>%1 is the name of the link at the bottom of the window (&quot;Check or withdraw a case&quot;).</extracomment>
        <translation>Más tarde, «%1», en la parte de abajo de la ventana, pregunta al banco qué guarda del caso y permite retirarlo. La persona necesita la referencia del caso del recibo y la clave del caso.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made from SafeHash %1 itself, in this language. The pictures are practice photos, never anyone&apos;s own.</source>
        <extracomment>%1 is SafeHash&apos;s version number.</extracomment>
        <translation>Hecha con el propio SafeHash %1, en este idioma. Las imágenes son fotos de práctica, nunca de nadie.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/welcome.py" line="+40"/>
        <source>What is sent, and what is not</source>
        <translation>Qué se envía y qué no</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What this can and cannot do</source>
        <translation>Qué puede hacer esto y qué no</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Help and support</source>
        <translation>Ayuda y apoyo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick exit: %1</source>
        <translation>Salida rápida: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Sent: a fingerprint of each photo and video (a short code made from the picture, often called a hash) and your case token.</source>
        <translation>Se envía: una huella digital de cada foto y video (un código corto creado a partir de la imagen, a menudo llamado hash) y tu clave del caso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never sent: your photos and videos, their names, where they are on this computer, or anything else about you.</source>
        <translation>Nunca se envía: tus fotos y videos, sus nombres, dónde están en esta computadora ni nada más sobre ti.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It helps partner platforms block copies of your photos and videos. It does not remove what is already online, and it cannot stop every website.</source>
        <translation>Ayuda a las plataformas asociadas a bloquear copias de tus fotos y videos. No elimina lo que ya está en internet y no puede detener a todos los sitios web.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fingerprint is sensitive: a rough likeness of a photo, or of moments of a video, can sometimes be rebuilt from it. It is only sent to the bank named here.</source>
        <translation>Una huella digital es un dato delicado: a veces se puede reconstruir a partir de ella una imagen aproximada de una foto, o de momentos de un video. Solo se envía al banco que se nombra aquí.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If someone in a photo or video was under %1</source>
        <extracomment>%1 is the age, 18, in the digits of your language.</extracomment>
        <translation>Si alguien en una foto o video tenía menos de %1 años</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to %1, where you can try out every step: nothing leaves this computer.</source>
        <translation>SafeHash hace una huella digital de cada foto y video que elijas, aquí en esta computadora. Solo estas huellas digitales, con tu clave del caso, se envían a %1, donde puedes probar cada paso: nada sale de esta computadora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to the hash bank used by %1. Partner platforms use them to recognise copies of your photos and videos and block them.</source>
        <translation>SafeHash crea una huella digital de cada foto y video que elijas, aquí, en esta computadora. Solo estas huellas digitales, con tu clave del caso, se envían al banco de hashes que usa %1. Las plataformas asociadas las usan para reconocer copias de tus fotos y videos y bloquearlas.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the website in your browser</source>
        <translation>Abre el sitio web en tu navegador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
</TS>
