<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../client/safehash/gui/about.py" line="+19"/>
        <source>About SafeHash and its licences</source>
        <translation>Sobre o SafeHash e suas licenças</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash %1 is free software under the Apache License 2.0. It includes other free software, each under its own licence. The list below, in English as the licences are written, names every part, its licence and where its source code is.</source>
        <translation>O SafeHash %1 é software livre sob a Licença Apache 2.0. Ele inclui outros softwares livres, cada um sob sua própria licença. A lista abaixo, em inglês como as licenças são escritas, indica cada parte, sua licença e onde está seu código-fonte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This installation includes parts under the GNU General Public License (%1), so SafeHash as installed here is distributed under the GPL, version 3. You may share it under those terms, and you are entitled to the complete source code of every part.</source>
        <translation>Esta instalação inclui partes sob a Licença Pública Geral GNU (%1), por isso o SafeHash, como está instalado aqui, é distribuído sob a GPL, versão 3. Você pode compartilhá-lo nesses termos e tem direito ao código-fonte completo de cada parte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Software included, licences and sources</source>
        <translation>Software incluído, licenças e código-fonte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>AddPhotosPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/add_photos.py" line="+92"/>
        <source>Choose a folder…</source>
        <translation>Escolher uma pasta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Escolher uma pasta</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading progress</source>
        <translation>Progresso da leitura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Add the photos and videos you want to protect: drag them, or whole folders, onto this window, or choose them below. Nothing is shown here unless you ask to see it, and videos are never played.</source>
        <translation>Adicione as fotos e vídeos que você quer proteger: arraste-os (ou pastas inteiras) para esta janela, ou escolha-os abaixo. Nada é mostrado aqui a menos que você peça para ver, e os vídeos nunca são reproduzidos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose photos or videos…</source>
        <translation>Escolher fotos ou vídeos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photos or videos</source>
        <translation>Escolher fotos ou vídeos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick photos and videos on this computer</source>
        <translation>Abre uma janela para escolher fotos e vídeos neste computador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds every photo and video in a folder</source>
        <translation>Adiciona todas as fotos e vídeos de uma pasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste copied photos or videos</source>
        <translation>Colar fotos ou vídeos copiados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds photos and videos you copied in your file manager, or a picture you copied (%1)</source>
        <extracomment>%1 is the paste shortcut, Ctrl+V on most computers.</extracomment>
        <translation>Adiciona as fotos e vídeos que você copiou no gerenciador de arquivos, ou uma imagem que você copiou (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You can also drop photos, videos or folders anywhere on this window.</source>
        <translation>Você também pode soltar fotos, vídeos ou pastas em qualquer lugar desta janela.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop reading</source>
        <translation>Parar de ler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and videos not read yet are taken off the list</source>
        <translation>As fotos e vídeos ainda não lidos saem da lista</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your photos and videos</source>
        <translation>Suas fotos e vídeos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of each photo and video, and what happened to it</source>
        <translation>O nome de cada foto e vídeo, e o que aconteceu com cada um</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show a still of this video</source>
        <translation>Mostrar uma imagem parada deste vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this photo</source>
        <translation>Mostrar esta foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows one still picture from the selected video in a separate window; the video is not played, and nothing is saved</source>
        <translation>Mostra uma imagem parada do vídeo selecionado em uma janela separada; o vídeo não é reproduzido, e nada é salvo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the selected photo in a separate window; it is not saved</source>
        <translation>Mostra a foto escolhida em outra janela; ela não é salva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected photos and videos</source>
        <translation>Remover as fotos e vídeos selecionados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the selected photos and videos off the list (the files are not touched)</source>
        <translation>Tira da lista as fotos e vídeos selecionados (os arquivos não são alterados)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear all photos and videos</source>
        <translation>Remover todas as fotos e vídeos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes every photo and video off the list (the files are not touched)</source>
        <translation>Tira da lista todas as fotos e vídeos (os arquivos não são alterados)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing to paste: the clipboard is empty. Copy photos or videos in your file manager, or copy a picture, then paste again.</source>
        <translation>Nada para colar: a área de transferência está vazia. Copie fotos ou vídeos no gerenciador de arquivos, ou copie uma imagem, e cole de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds text, not photos or videos, so nothing was added.</source>
        <translation>A área de transferência tem texto, não fotos nem vídeos, então nada foi adicionado.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading photos and videos: %1 of %2 done</source>
        <translation>Lendo fotos e vídeos: %1 de %2 concluídos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No photos or videos added yet.</source>
        <translation>Nenhuma foto ou vídeo adicionado ainda.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n video(s) ready.</source>
        <translation>
            <numerusform>%n vídeo pronto.</numerusform>
            <numerusform>%n vídeos prontos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n folder(s) could not be opened. Photos and videos inside were not added; the list shows which folder(s).</source>
        <translation>
            <numerusform>%n pasta não pôde ser aberta. As fotos e vídeos dentro dela não foram adicionados; a lista mostra qual.</numerusform>
            <numerusform>%n pastas não puderam ser abertas. As fotos e vídeos dentro delas não foram adicionados; a lista mostra quais.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add your photos and videos</source>
        <translation>Adicione suas fotos e vídeos</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Clear all</source>
        <translation>Limpar tudo</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This picture is on the list already.</source>
        <translation>Esta imagem já está na lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copied picture was added as “%1”. It is read from memory and never saved anywhere.</source>
        <extracomment>%1 is the name it gets in the list: &quot;Pasted picture 1&quot;.</extracomment>
        <translation>A imagem copiada foi adicionada como “%1”. Ela é lida da memória e nunca é salva em lugar nenhum.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard names files that are not on this computer (or no longer there), so nothing was added.</source>
        <translation>A área de transferência cita arquivos que não estão (ou não estão mais) neste computador, então nada foi adicionado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a web address, not a photo on this computer. Save the photo first, then add the file.</source>
        <translation>A área de transferência tem um endereço da web, não uma foto deste computador. Salve a foto primeiro e depois adicione o arquivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a picture in a form SafeHash cannot read safely. Save it as a file first, then add the file.</source>
        <translation>A área de transferência tem uma imagem num formato que o SafeHash não consegue ler com segurança. Salve-a primeiro como arquivo e depois adicione o arquivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n photo(s) ready.</source>
        <translation>
            <numerusform>%n foto pronta.</numerusform>
            <numerusform>%n fotos prontas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n with too little detail.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the photos and videos have too little detail.</extracomment>
        <translation>
            <numerusform>%n com poucos detalhes.</numerusform>
            <numerusform>%n com poucos detalhes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be read.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the files could not be read.</extracomment>
        <translation>
            <numerusform>%n não pôde ser lida.</numerusform>
            <numerusform>%n não puderam ser lidas.</numerusform>
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

Detalhes para a organização: %2</translation>
    </message>
</context>
<context>
    <name>BankWords</name>
    <message>
        <location filename="../../client/safehash/gui/bank_words.py" line="+33"/>
        <source>the practice bank on this computer</source>
        <extracomment>The practice bank, inside sentences such as &quot;3 photos will be sent as fingerprints to %1.&quot; Use the glossary&apos;s word for &quot;practice bank&quot;.</extracomment>
        <translation>o banco de treino deste computador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the practice bank on this computer: nothing leaves this computer, and practice cases last only until SafeHash closes. Their case tokens do not work after that.</source>
        <translation>Este é o banco de treino deste computador: nada sai deste computador, e os casos de treino só duram até o SafeHash ser fechado. Depois disso, as chaves do caso deles não funcionam mais.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A practice case cannot be remembered: it ends when SafeHash closes.</source>
        <translation>Um caso de treino não pode ser lembrado: ele termina quando o SafeHash é fechado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The practice bank does not know this case. Practice cases last only until SafeHash closes, so a case from an earlier time is gone; please open a new practice case.</source>
        <translation>O banco de treino não conhece este caso. Os casos de treino só duram até o SafeHash ser fechado, então um caso de outra vez não existe mais; abra um novo caso de treino.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case.py" line="+53"/>
        <source>A case token links these fingerprints to your case, so that you or your support worker can check or withdraw them later.</source>
        <translation>A chave do caso liga estas impressões digitais ao seu caso, para que você ou sua pessoa de apoio possam consultá-las ou retirá-las depois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have a case token</source>
        <translation>Tenho uma chave do caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case token</source>
        <translation>Chave do caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste the case token your support worker gave you</source>
        <translation>Digite ou cole a chave do caso que sua pessoa de apoio lhe deu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a new case</source>
        <translation>Abrir um novo caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new case now</source>
        <translation>Abrir um novo caso agora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the hash bank for a new case and shows its token once</source>
        <translation>Pede um novo caso ao banco de hashes e mostra a chave dele uma única vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your new case token</source>
        <translation>Sua nova chave do caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the case token</source>
        <translation>Copiar a chave do caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the token so you can paste it somewhere safe</source>
        <translation>Copia a chave para você colá-la em um lugar seguro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to a file…</source>
        <translation>Salvar em um arquivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the case token to a file</source>
        <translation>Salvar a chave do caso em um arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this token down or save it now: SafeHash shows it only this once.</source>
        <translation>Anote esta chave ou salve-a agora: o SafeHash só a mostra desta vez.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remember this case on this computer</source>
        <translation>Lembrar este caso neste computador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>Neste computador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is kept in this computer&apos;s password store, so you can check your case later without typing it. Anyone who can use this computer account may be able to find it. If you share this computer, leave this off.</source>
        <translation>A chave fica guardada no cofre de senhas deste computador, para você consultar seu caso depois sem digitá-la. Qualquer pessoa que possa usar esta conta do computador pode conseguir encontrá-la. Se você divide este computador, deixe esta opção desligada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The case is forgotten when SafeHash closes.</source>
        <extracomment>%1 is a whole sentence saying that there is no secure password store.</extracomment>
        <translation>%1 O caso é esquecido quando o SafeHash fecha.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your case</source>
        <translation>Seu caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opening a new case…</source>
        <translation>Abrindo um novo caso…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. SafeHash empties the clipboard again at Quick exit.</source>
        <translation>Copiada. O SafeHash esvazia a área de transferência de novo na saída rápida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the case token</source>
        <translation>Salvar a chave do caso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash case token: %1</source>
        <extracomment>The one line written in a saved token file.</extracomment>
        <translation>Chave do caso do SafeHash: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>Salva.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your new case is open.</source>
        <translation>Seu novo caso está aberto.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Letters and numbers only; dashes are optional.</source>
        <translation>Só letras e números; os hifens são opcionais.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This case token looks right.</source>
        <translation>Esta chave do caso parece correta.</translation>
    </message>
</context>
<context>
    <name>CaseStatusPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case_status.py" line="+53"/>
        <source>See what the hash bank holds for your case, or ask it to delete the fingerprints. You need the case reference (it is on your receipt) and your case token.</source>
        <translation>Veja o que o banco de hashes guarda do seu caso, ou peça para ele apagar as impressões digitais. Você precisa da referência do caso (ela está no seu recibo) e da sua chave do caso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Case reference</source>
        <translation>Referência do caso</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>From your receipt</source>
        <translation>Do seu recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Case token</source>
        <translation>Chave do caso</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hidden as it is typed; “Show” shows it</source>
        <translation>Fica oculta enquanto é digitada; “Mostrar” a mostra</translation>
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
        <translation>Mostrar a chave do caso</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open a saved receipt…</source>
        <translation>Abrir um recibo salvo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Open a saved receipt</source>
        <translation>Abrir um recibo salvo</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Fills in the case reference from a receipt you saved</source>
        <translation>Preenche a referência do caso a partir de um recibo que você salvou</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check status</source>
        <translation>Consultar a situação</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sendings in this case</source>
        <translation>Envios deste caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw this sending…</source>
        <translation>Retirar este envio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected sending</source>
        <translation>Retirar o envio escolhido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw the whole case…</source>
        <translation>Retirar o caso inteiro…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the whole case</source>
        <translation>Retirar o caso inteiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the bank to delete every fingerprint in it</source>
        <translation>Pede ao banco para apagar todas as impressões digitais do caso</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check or withdraw a case</source>
        <translation>Consultar ou retirar um caso</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the case token</source>
        <translation>Ocultar a chave do caso</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please enter the case reference from your receipt.</source>
        <translation>Digite a referência do caso que está no seu recibo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is not a SafeHash receipt.</source>
        <translation>Este arquivo não é um recibo do SafeHash.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt opened. Now enter the case token of this case.</source>
        <translation>Recibo aberto. Agora digite a chave do caso deste caso.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This case is open. Nothing has been sent to it yet.</source>
        <translation>Este caso está aberto. Nada foi enviado para ele ainda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is open, but the bank holds none of its fingerprints: every sending below was withdrawn.</source>
        <translation>Este caso está aberto, mas o banco não guarda nenhuma das impressões digitais dele: todos os envios abaixo foram retirados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case is open. The bank holds fingerprints of %1 in it.</source>
        <extracomment>%1 counts what the bank holds: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>Este caso está aberto. O banco guarda nele as impressões digitais de %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 %n sending(s) below were withdrawn.</source>
        <extracomment>%1 is the sentence &quot;This case is open. The bank holds fingerprints of 3 photos in it.&quot;</extracomment>
        <translation>
            <numerusform>%1 %n envio abaixo foi retirado.</numerusform>
            <numerusform>%1 %n envios abaixo foram retirados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent %1: %2 held (reference %3)</source>
        <extracomment>One sending in the case: %1 a date and time, %2 what the bank holds of it (&quot;3 photos and 1 video&quot;), %3 its reference code.</extracomment>
        <translation>Enviado em %1: o banco guarda as impressões digitais de %2 (referência %3)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The bank will delete these fingerprints. Platforms will no longer be able to match copies of these photos and videos.</source>
        <translation>O banco vai apagar estas impressões digitais. As plataformas não vão mais conseguir reconhecer cópias destas fotos e vídeos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Withdraw the case</source>
        <translation>Retirar o caso</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Asking the hash bank…</source>
        <translation>Consultando o banco de hashes…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This case was withdrawn: the bank deleted its fingerprints.</source>
        <translation>Este caso foi retirado: o banco apagou as impressões digitais dele.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent %1: withdrawn (reference %2)</source>
        <extracomment>One withdrawn sending: %1 a date and time, %2 its reference code.</extracomment>
        <translation>Enviado em %1: retirado (referência %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Withdrawn: the bank confirmed that it deleted these fingerprints.</source>
        <translation>Retirado: o banco confirmou que apagou estas impressões digitais.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdraw this sending?</source>
        <translation>Retirar este envio?</translation>
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
        <translation>Manter</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Withdraw the whole case?</source>
        <translation>Retirar o caso inteiro?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank will delete every fingerprint in this case, and nothing more can be sent to it.</source>
        <translation>O banco vai apagar todas as impressões digitais deste caso, e nada mais poderá ser enviado para ele.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/check.py" line="+44"/>
        <source>For each photo, SafeHash sends</source>
        <translation>Para cada foto, o SafeHash envia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This bank takes only file fingerprints of videos: they find exact copies of a video, not one that was shortened or saved again.</source>
        <translation>Este banco só aceita impressões digitais de arquivo dos vídeos: elas encontram cópias exatas de um vídeo, não um vídeo que foi cortado ou salvo de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each video, SafeHash sends</source>
        <translation>Para cada vídeo, o SafeHash envia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also sent, and never sent</source>
        <translation>O que também é enviado, e o que nunca é</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+90"/>
        <source>Show exactly what will be sent</source>
        <translation>Mostrar exatamente o que será enviado</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Shows the message SafeHash will send to the bank, word for word</source>
        <translation>Mostra, palavra por palavra, a mensagem que o SafeHash vai enviar ao banco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly what will be sent</source>
        <translation>Exatamente o que será enviado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the whole message. The case token travels with it as a password (it is not shown here), and the reference below as its label.</source>
        <translation>Esta é a mensagem completa. A chave do caso vai junto como uma senha (ela não aparece aqui), e a referência abaixo como a etiqueta dela.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Also sent: your case token, which shows the bank these photos and videos belong to your case, and a random reference so that sending twice stores them only once.</source>
        <translation>Também enviados: sua chave do caso, que mostra ao banco que estas fotos e vídeos são do seu caso, e uma referência aleatória, para que, se forem enviados duas vezes, sejam guardados só uma vez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never sent: the photos and videos themselves, their names, where they are on this computer, or when they were taken.</source>
        <translation>Nunca enviados: as próprias fotos e vídeos, os nomes deles, onde estão neste computador ou quando foram feitos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave out the photos and videos with too little detail</source>
        <translation>Deixar de fora as fotos e vídeos com poucos detalhes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They may not be recognised by platforms</source>
        <translation>As plataformas podem não reconhecê-los</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too little detail</source>
        <translation>Poucos detalhes</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These photos and videos are of me, or I am allowed to act for the person in them.</source>
        <translation>Estas fotos e vídeos são meus, ou posso agir em nome da pessoa que aparece neles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I confirm these photos and videos are of me, or that I may act for the person in them</source>
        <translation>Confirmo que estas fotos e vídeos são meus, ou que posso agir em nome da pessoa que aparece neles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your confirmation</source>
        <translation>Sua confirmação</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check what will be sent</source>
        <translation>Confira o que será enviado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the hash bank what it accepts…</source>
        <translation>Perguntando ao banco de hashes o que ele aceita…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The hash bank could not be asked yet: %1 This is checked again when sending.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>Ainda não foi possível consultar o banco de hashes: %1 Isso será verificado de novo no envio.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hide the exact message</source>
        <translation>Ocultar a mensagem exata</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>SafeHash will send the fingerprints of %1 to %2.</source>
        <extracomment>%1 counts what is sent: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;; %2 is the name of the hash bank.</extracomment>
        <translation>O SafeHash vai enviar as impressões digitais de %1 para %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n photo(s) will be sent as fingerprints to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n foto será enviada como impressão digital para %1.</numerusform>
            <numerusform>%n fotos serão enviadas como impressões digitais para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A picture fingerprint (PDQ), which still matches after a photo is resized or re-saved.</source>
        <translation>Uma impressão digital da imagem (PDQ), que continua batendo mesmo depois que a foto é redimensionada ou salva de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second picture fingerprint (pHash), for platforms that use it.</source>
        <translation>Uma segunda impressão digital da imagem (pHash), para as plataformas que a usam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file fingerprint (MD5), which matches only exact copies.</source>
        <translation>Uma impressão digital do arquivo (MD5), que só bate com cópias exatas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second file fingerprint (SHA-256), for exact copies.</source>
        <translation>Uma segunda impressão digital do arquivo (SHA-256), para cópias exatas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video fingerprint (vPDQ): a picture fingerprint of one frame each second, which still matches after a video is resized or re-saved.</source>
        <translation>Uma impressão digital de vídeo (vPDQ): uma impressão digital de imagem de um quadro por segundo, que continua batendo mesmo depois que o vídeo é redimensionado ou salvo de novo.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Too little detail for a dependable match in %n photo(s): very dark, plain or tiny pictures have little detail. Platforms may not recognise copies of them.</source>
        <translation>
            <numerusform>Poucos detalhes para uma correspondência confiável em %n foto: ela pode ser muito escura, lisa ou pequena. As plataformas podem não reconhecer cópias dela.</numerusform>
            <numerusform>Poucos detalhes para uma correspondência confiável em %n fotos: elas podem ser muito escuras, lisas ou pequenas. As plataformas podem não reconhecer cópias delas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>In %n video(s), no frame has enough detail for a dependable match: the video may be very dark or plain. If sent, their file fingerprints still find exact copies.</source>
        <translation>
            <numerusform>Em %n vídeo, nenhum quadro tem detalhes suficientes para uma correspondência confiável: ele pode ser muito escuro ou liso. Se for enviado, a impressão digital do arquivo ainda encontra cópias exatas.</numerusform>
            <numerusform>Em %n vídeos, nenhum quadro tem detalhes suficientes para uma correspondência confiável: eles podem ser muito escuros ou lisos. Se forem enviados, as impressões digitais dos arquivos ainda encontram cópias exatas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n file(s) could not be read and will not be sent.</source>
        <translation>
            <numerusform>%n arquivo não pôde ser lido e não será enviado.</numerusform>
            <numerusform>%n arquivos não puderam ser lidos e não serão enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n folder(s) could not be opened. Photos and videos inside will not be sent; step 2 shows which folder(s).</source>
        <translation>
            <numerusform>%n pasta não pôde ser aberta. As fotos e vídeos dentro dela não serão enviados; o passo 2 mostra qual.</numerusform>
            <numerusform>%n pastas não puderam ser abertas. As fotos e vídeos dentro delas não serão enviados; o passo 2 mostra quais.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing will be sent: no photo or video is chosen.</source>
        <translation>Nada será enviado: nenhuma foto ou vídeo foi escolhido.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Reference (Idempotency-Key): %1</source>
        <extracomment>&quot;Idempotency-Key&quot; is the technical name of the reference; keep it as it is.</extracomment>
        <translation>Referência (Idempotency-Key): %1</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/close_guard.py" line="+25"/>
        <source>%n sending(s) not yet received by the hash bank.</source>
        <translation>
            <numerusform>%n envio ainda não chegou ao banco de hashes.</numerusform>
            <numerusform>%n envios ainda não chegaram ao banco de hashes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close SafeHash?</source>
        <translation>Fechar o SafeHash?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you close SafeHash now, they are forgotten: nothing was kept on this computer. You can stay and press Send again, or close anyway.</source>
        <translation>Se você fechar o SafeHash agora, eles serão esquecidos: nada foi guardado neste computador. Você pode ficar e apertar “Enviar de novo”, ou fechar mesmo assim.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay and send</source>
        <translation>Ficar e enviar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Close anyway</source>
        <translation>Fechar mesmo assim</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/done.py" line="+46"/>
        <source>Receipt details</source>
        <translation>Detalhes do recibo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt</source>
        <translation>Seu recibo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking or withdrawing later</source>
        <translation>Consultar ou retirar depois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To see what the bank holds, or to ask it to delete these fingerprints, press “%1” at the bottom of the window and enter your case token and case reference. Saving the receipt keeps the case reference for you; it holds no token, photo or fingerprint.</source>
        <extracomment>%1 is the name of the button &quot;Check or withdraw a case&quot;.</extracomment>
        <translation>Para ver o que o banco guarda, ou para pedir que ele apague estas impressões digitais, aperte “%1” na parte de baixo da janela e digite sua chave do caso e a referência do caso. Se você salvar o recibo, fica com a referência do caso; ele não contém nenhuma chave, foto ou impressão digital.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save receipt…</source>
        <translation>Salvar o recibo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt to a file</source>
        <translation>Salvar o recibo em um arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this case now</source>
        <translation>Consultar este caso agora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send more photos or videos</source>
        <translation>Enviar mais fotos ou vídeos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts again at step 2 with the same case</source>
        <translation>Recomeça no passo 2 com o mesmo caso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything on this computer…</source>
        <translation>Esquecer tudo neste computador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>Esquecer tudo neste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>Apaga tudo o que o SafeHash guardou aqui: configurações, caso lembrado, envios pendentes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On this computer</source>
        <translation>Neste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you close SafeHash, it forgets the photos, videos, fingerprints and case token of this session by itself.</source>
        <translation>Quando você fecha o SafeHash, ele esquece sozinho as fotos, os vídeos, as impressões digitais e a chave do caso desta sessão.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing has been sent yet.</source>
        <translation>Nada foi enviado ainda.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These fingerprints had reached %1 before, but they were withdrawn since.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>Estas impressões digitais já tinham chegado a %1, mas foram retiradas depois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bank deleted them: it holds none of these photos or videos. To send them again, open a new case.</source>
        <translation>O banco as apagou: não guarda mais nada destas fotos e vídeos. Para enviá-las de novo, abra um novo caso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank deleted them: it holds none of these photos. To send them again, open a new case.</source>
        <translation>O banco as apagou: não guarda nenhuma destas fotos. Para enviá-las de novo, abra um novo caso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your fingerprints were sent to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>Suas impressões digitais foram enviadas para %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bank already had these fingerprints. Check the case to see what it holds now.</source>
        <translation>O banco já tinha estas impressões digitais. Consulte o caso para ver o que ele guarda agora.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) or video(s) of them now.</source>
        <translation>
            <numerusform>O banco já tinha estas impressões digitais; agora guarda as de %n foto ou vídeo.</numerusform>
            <numerusform>O banco já tinha estas impressões digitais; agora guarda as de %n fotos ou vídeos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) of them now.</source>
        <translation>
            <numerusform>O banco já tinha estas impressões digitais; agora guarda %n foto delas.</numerusform>
            <numerusform>O banco já tinha estas impressões digitais; agora guarda %n fotos delas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The bank accepted %n photo(s).</source>
        <translation>
            <numerusform>O banco aceitou %n foto.</numerusform>
            <numerusform>O banco aceitou %n fotos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 It did not accept %n photo(s), usually because of too little detail.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos.&quot;; %n how many it did not.</extracomment>
        <translation>
            <numerusform>%1 Ele não aceitou %n foto, geralmente por ter poucos detalhes.</numerusform>
            <numerusform>%1 Ele não aceitou %n fotos, geralmente por terem poucos detalhes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Case reference: %1
Sending reference: %2
Received: %3</source>
        <extracomment>Three lines of the receipt; the references are codes (in groups of four, to be read aloud), the last a date and time.</extracomment>
        <translation>Referência do caso: %1
Referência do envio: %2
Recebido em: %3</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Anything you asked it to keep (settings, a remembered case, sendings waiting to be sent) stays until you press the button below. Files you saved yourself, such as this receipt or a case token file, are never deleted by SafeHash.</source>
        <translation>O que você pediu para guardar (configurações, um caso lembrado, envios esperando) fica até você apertar o botão abaixo. Arquivos que você mesma salvou, como este recibo ou um arquivo com a chave do caso, nunca são apagados pelo SafeHash.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The bank accepted %1.</source>
        <extracomment>%1 counts what the bank accepted: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>O banco aceitou %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank accepted none of them.</source>
        <translation>O banco não aceitou nenhum deles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 It did not accept %2.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos and 1 video.&quot;; %2 counts what it did not accept: &quot;1 video&quot;.</extracomment>
        <translation>%1 Não aceitou %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the receipt</source>
        <translation>Salvar o recibo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt was saved.</source>
        <translation>O recibo foi salvo.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../client/safehash/gui/error_text.py" line="+40"/>
        <source>This file could not be read.</source>
        <translation>Não foi possível ler este arquivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer there; it may have been moved or deleted.</source>
        <translation>O arquivo não está mais lá; ele pode ter sido movido ou apagado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be opened; you may not have permission to read it.</source>
        <translation>Não foi possível abrir o arquivo; talvez você não tenha permissão para lê-lo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file changed while it was being read; please add it again.</source>
        <translation>O arquivo mudou enquanto era lido; adicione-o de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a photo SafeHash can read.</source>
        <translation>O arquivo é grande demais para ser uma foto que o SafeHash consiga ler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo is incomplete or damaged, so it cannot be read to the end.</source>
        <translation>A foto está incompleta ou danificada, então não pode ser lida até o fim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is far larger than any camera photo, so it was not opened, to protect this computer.</source>
        <translation>A imagem é muito maior do que qualquer foto de câmera, então não foi aberta, para proteger este computador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is damaged and could not be read.</source>
        <translation>A foto está danificada e não pôde ser lida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is built in a way no camera or phone writes, so it was not opened, to protect this computer.</source>
        <translation>A imagem foi montada de um jeito que nenhuma câmera ou celular usa, então não foi aberta, para proteger este computador.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file made SafeHash&apos;s reader stop, so it was not hashed; it may be damaged or made to cause harm. Your other files are safe.</source>
        <translation>Este arquivo fez o leitor do SafeHash parar, então nenhuma impressão digital foi gerada; ele pode estar danificado ou ter sido feito para causar dano. Seus outros arquivos estão seguros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file gave an answer SafeHash cannot trust, so it was not hashed; it may be made to cause harm.</source>
        <translation>A leitura deste arquivo deu uma resposta em que o SafeHash não pode confiar, então nenhuma impressão digital foi gerada; ele pode ter sido feito para causar dano.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This is not a photo or video but a folder or a special file.</source>
        <translation>Isto não é uma foto nem um vídeo, mas uma pasta ou um arquivo especial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shortcut points back to itself, so there is nothing to read.</source>
        <translation>Este atalho aponta para ele mesmo, então não há nada para ler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty, so there is no photo or video in it.</source>
        <translation>O arquivo está vazio, então não há foto nem vídeo nele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a photo or video SafeHash can read.</source>
        <translation>Este arquivo não é uma foto nem um vídeo que o SafeHash consiga ler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This video is stored in a form SafeHash cannot read, so it was not opened.</source>
        <translation>Este vídeo está salvo num formato que o SafeHash não consegue ler, então não foi aberto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file holds no video (only sound, or nothing that plays), so there is nothing to read.</source>
        <translation>Este arquivo não tem vídeo (só som, ou nada que toque), então não há nada para ler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video is damaged and could not be played, so it was not read.</source>
        <translation>O vídeo está danificado e não pôde ser reproduzido, então não foi lido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video does not say how fast it plays, so SafeHash cannot make its fingerprint.</source>
        <translation>O vídeo não diz a que velocidade toca, então o SafeHash não consegue fazer a impressão digital dele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video is longer than %1 hours, the most SafeHash reads in one video, so it was not read.</source>
        <extracomment>%1 is a number of hours (4), in the digits of your language.</extracomment>
        <translation>O vídeo tem mais de %1 horas, o máximo que o SafeHash lê de um vídeo, então não foi lido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video&apos;s picture is far larger than any camera films, so it was not opened, to protect this computer.</source>
        <translation>A imagem do vídeo é muito maior do que qualquer câmera filma, então ele não foi aberto, para proteger este computador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file took far longer than it should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>Ler este arquivo demorou muito mais do que deveria, então o SafeHash parou; ele pode estar danificado ou ter sido feito para causar dano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file needed far more memory than any photo or video should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>Ler este arquivo precisava de muito mais memória do que qualquer foto ou vídeo, então o SafeHash parou; ele pode estar danificado ou ter sido feito para causar dano.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder could not be opened, so the photos and videos in it were not added; you may not have permission to read it.</source>
        <translation>Não foi possível abrir esta pasta, então as fotos e vídeos dela não foram adicionados; talvez você não tenha permissão para lê-la.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped.</source>
        <translation>Interrompido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not read this file because of a problem of its own.</source>
        <translation>O SafeHash não conseguiu ler este arquivo por causa de um problema próprio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hash bank could not be reached or did not accept the request.</source>
        <translation>Não foi possível falar com o banco de hashes, ou ele não aceitou o pedido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect to the hash bank; please check that this computer is online.</source>
        <translation>O SafeHash não conseguiu se conectar ao banco de hashes; verifique se este computador está conectado à internet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect through the proxy; please check that it (or Tor) is running.</source>
        <translation>O SafeHash não conseguiu se conectar pelo proxy; verifique se ele (ou o Tor) está funcionando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank took too long to answer; please try again later.</source>
        <translation>O banco de hashes demorou demais para responder; tente de novo mais tarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s security certificate could not be checked, so nothing was sent.</source>
        <translation>Não foi possível verificar o certificado de segurança do banco de hashes, então nada foi enviado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not show the security key SafeHash expects, so nothing was sent.</source>
        <translation>O banco de hashes não mostrou a chave de segurança que o SafeHash espera, então nada foi enviado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank tried to send SafeHash somewhere else; SafeHash did not follow.</source>
        <translation>O banco de hashes tentou mandar o SafeHash para outro lugar; o SafeHash não foi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s answer was far too large, so SafeHash ignored it.</source>
        <translation>A resposta do banco de hashes era grande demais, então o SafeHash a ignorou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank gave an answer SafeHash does not understand.</source>
        <translation>O banco de hashes deu uma resposta que o SafeHash não entende.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank is busy right now; please try again in a few minutes.</source>
        <translation>O banco de hashes está ocupado agora; tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank has a problem of its own; please try again later.</source>
        <translation>O banco de hashes está com um problema próprio; tente de novo mais tarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this case token; please check it.</source>
        <translation>O banco de hashes não aceitou esta chave do caso; confira a chave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused: this case token does not allow that.</source>
        <translation>O banco de hashes recusou: esta chave do caso não permite isso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank does not let people open a case themselves; please ask your support worker for a case token.</source>
        <translation>Este banco de hashes não deixa as pessoas abrirem um caso por conta própria; peça uma chave do caso à sua pessoa de apoio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case was withdrawn, so nothing more can be sent to it; please open a new case.</source>
        <translation>Este caso foi retirado, então nada mais pode ser enviado para ele; abra um novo caso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this app&apos;s access code; please ask the organisation that gave you SafeHash.</source>
        <translation>O banco de hashes não aceitou o código de acesso deste aplicativo; fale com a organização que lhe deu o SafeHash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This organisation&apos;s hash bank needs an access code, and none has been entered yet.</source>
        <translation>O banco de hashes desta organização precisa de um código de acesso, e nenhum foi digitado ainda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The practice bank could not be started on this computer.</source>
        <translation>Não foi possível iniciar o banco de treino neste computador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank does not know this case or sending; it may have been withdrawn.</source>
        <translation>O banco de hashes não conhece este caso ou este envio; ele pode ter sido retirado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank already has a different sending under the same reference.</source>
        <translation>O banco de hashes já tem um envio diferente com a mesma referência.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are too many photos and videos for one sending; please send them in smaller groups.</source>
        <translation>São fotos e vídeos demais para um envio; envie em grupos menores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank cannot take videos, so nothing was sent; please send the photos without the videos.</source>
        <translation>Este banco de hashes não aceita vídeos, então nada foi enviado; envie as fotos sem os vídeos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent: this hash bank takes none of these fingerprints (it cannot take videos, for example).</source>
        <translation>Nada foi enviado: este banco de hashes não aceita nenhuma destas impressões digitais (não aceita vídeos, por exemplo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused the request as not valid.</source>
        <translation>O banco de hashes recusou o pedido por não ser válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s address must start with https://.</source>
        <translation>O endereço do banco de hashes precisa começar com https://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid web address.</source>
        <translation>Este não é um endereço da web válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of SafeHash is not set up correctly; please tell the organisation that gave it to you.</source>
        <translation>Esta cópia do SafeHash não está configurada corretamente; avise a organização que a entregou a você.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved settings could not be read, so SafeHash uses its usual settings.</source>
        <translation>Não foi possível ler suas configurações salvas, então o SafeHash usa as configurações de sempre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure password store that SafeHash can use, so nothing secret can be remembered.</source>
        <translation>Este computador não tem um cofre de senhas seguro que o SafeHash possa usar, então nada secreto pode ser lembrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password store did not answer (it may be locked), so nothing was saved.</source>
        <translation>O cofre de senhas não respondeu (talvez esteja bloqueado), então nada foi salvo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token is needed; please enter one.</source>
        <translation>É preciso uma chave do caso; digite uma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved list of waiting sendings could not be opened.</source>
        <translation>Não foi possível abrir a lista salva de envios pendentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid SafeHash file.</source>
        <translation>Este não é um arquivo do SafeHash válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the case token.</source>
        <translation>Digite a chave do caso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token cannot contain some of these characters; please check it.</source>
        <translation>Uma chave do caso não pode conter alguns destes caracteres; confira a chave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too short; please check it.</source>
        <translation>A chave do caso está curta demais; confira a chave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too long; please check it.</source>
        <translation>A chave do caso está longa demais; confira a chave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case token has a typing mistake somewhere; please check it.</source>
        <translation>Esta chave do caso tem um erro de digitação em algum lugar; confira a chave.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo não deu certo. Tente de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an animation; only its first picture was used.</source>
        <translation>Isto é uma animação; só a primeira imagem dela foi usada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo was turned upright, as a phone shows it.</source>
        <translation>A foto foi colocada em pé, como um celular a mostra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is stored turned; its fingerprint was made both as stored and upright, as players show it.</source>
        <translation>O vídeo está salvo girado; a impressão digital foi feita como está salvo e também na posição certa, como os players mostram.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file holds more than one video; only the first one was read.</source>
        <translation>Este arquivo tem mais de um vídeo; só o primeiro foi lido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is cut short or damaged; only the part that plays was read.</source>
        <translation>O vídeo está cortado ou danificado; só a parte que toca foi lida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video says it plays at an unusual speed; its frames were picked by that speed, as other video fingerprint tools do, so their times may be off.</source>
        <translation>O vídeo diz que toca numa velocidade incomum; os quadros foram escolhidos por essa velocidade, como fazem outras ferramentas de impressão digital de vídeo, então os tempos podem não ser exatos.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The case token is %n character(s) too short.</source>
        <translation>
            <numerusform>Falta %n caractere na chave do caso.</numerusform>
            <numerusform>Faltam %n caracteres na chave do caso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The case token is %n character(s) too long.</source>
        <translation>
            <numerusform>A chave do caso tem %n caractere a mais.</numerusform>
            <numerusform>A chave do caso tem %n caracteres a mais.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A case token cannot contain %1; please check it.</source>
        <translation>Uma chave do caso não pode conter %1; confira a chave.</translation>
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
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose photos or videos</source>
        <translation>Escolher fotos ou vídeos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos and videos (%1)</source>
        <translation>Fotos e vídeos (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (%1)</source>
        <translation>Vídeos (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a folder of photos or videos</source>
        <translation>Escolher uma pasta de fotos ou vídeos</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace the file?</source>
        <translation>Substituir o arquivo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a file named %1. Replace it?</source>
        <extracomment>%1 is the name of a file the person chose to save to.</extracomment>
        <translation>Já existe um arquivo chamado %1. Deseja substituí-lo?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old file</source>
        <translation>Manter o arquivo antigo</translation>
    </message>
</context>
<context>
    <name>Forget</name>
    <message>
        <location filename="../../client/safehash/gui/forget.py" line="+18"/>
        <source>Forget everything?</source>
        <translation>Esquecer tudo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash will delete everything it kept on this computer: your settings, a remembered case token and fingerprints waiting to be sent.</source>
        <translation>O SafeHash vai apagar tudo o que guardou neste computador: suas configurações, uma chave do caso lembrada e impressões digitais esperando envio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you saved yourself, such as a receipt or a case token file, stay where you saved them: delete them yourself if you no longer need them. What was sent to the bank stays there; withdraw it first if you want it gone.</source>
        <translation>Arquivos que você mesma salvou, como um recibo ou um arquivo com a chave do caso, ficam onde você os salvou: apague-os você se não precisar mais deles. O que foi enviado ao banco fica lá; retire antes se quiser que desapareça.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget everything</source>
        <translation>Esquecer tudo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../client/safehash/gui/i18n.py" line="+224"/>
        <source>English</source>
        <extracomment>The name of your language, written in your language, as it should appear in a list of languages: for example &quot;Español&quot;, &quot;Français&quot;, &quot;Português (Brasil)&quot;.</extracomment>
        <translation>Português (Brasil)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/safehash/gui/main_window.py" line="+123"/>
        <location filename="../../client/safehash/gui/pages/done.py" line="-151"/>
        <source>Check or withdraw a case</source>
        <translation>Consultar ou retirar um caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network log</source>
        <translation>Registro de rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every connection SafeHash made</source>
        <translation>Todas as conexões que o SafeHash fez</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Go to the previous step</source>
        <translation>Ir para o passo anterior</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Step %1 of %2: %3</source>
        <extracomment>The title of each step: &quot;Step 2 of 5: Add your photos and videos&quot;. A support worker on the phone names the step by its number.</extracomment>
        <translation>Passo %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the steps</source>
        <translation>Voltar aos passos</translation>
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
            <numerusform>%n vídeo</numerusform>
            <numerusform>%n vídeos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <extracomment>Two counts: %1 is &quot;3 photos&quot;, %2 is &quot;1 video&quot;.</extracomment>
        <translation>%1 e %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n video(s) cannot be sent to %1: it takes no videos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n vídeo não pode ser enviado para %1: ele não aceita vídeos.</numerusform>
            <numerusform>%n vídeos não podem ser enviados para %1: ele não aceita vídeos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) cannot be sent to %1: it takes no photos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n foto não pode ser enviada para %1: ele não aceita fotos.</numerusform>
            <numerusform>%n fotos não podem ser enviadas para %1: ele não aceita fotos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) cannot be sent to %1: it takes none of their fingerprints.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n arquivo não pode ser enviado para %1: ele não aceita nenhuma das impressões digitais dele.</numerusform>
            <numerusform>%n arquivos não podem ser enviados para %1: ele não aceita nenhuma das impressões digitais deles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/network_log.py" line="+38"/>
        <source>Every connection SafeHash made since it started. It never contains your photos or videos, their names or your case token, and it is forgotten when SafeHash closes.</source>
        <translation>Todas as conexões que o SafeHash fez desde que abriu. O registro nunca contém suas fotos ou vídeos, os nomes deles nem sua chave do caso, e é esquecido quando o SafeHash fecha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections</source>
        <translation>Conexões</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list</source>
        <translation>Atualizar a lista</translation>
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
        <translation>Caminho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>Bytes enviados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes received</source>
        <translation>Bytes recebidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network log</source>
        <translation>Registro de rede</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../client/safehash/gui/widgets.py" line="+172"/>
        <source>Scroll the page</source>
        <translation>Rolar a página</translation>
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
        <translation>Imagem colada %1</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Photo or video</source>
        <translation>Foto ou vídeo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1 read so far…</source>
        <extracomment>A video being read whose length is not known; %1 is how much of it was read, as minutes:seconds (&quot;1:05&quot;).</extracomment>
        <translation>Lendo o vídeo: %1 lido até agora…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1%</source>
        <extracomment>A video being read; %1 is how much of it is done, in percent (&quot;40&quot;): write the percent sign as your language does (&quot;40 %&quot;, &quot;40٪&quot;).</extracomment>
        <translation>Lendo o vídeo: %1%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready (video, %1)</source>
        <extracomment>A video whose fingerprint is made; %1 is its length, as minutes:seconds (&quot;0:12&quot;) or hours:minutes:seconds.</extracomment>
        <translation>Pronto (vídeo, %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too little detail for a dependable match</source>
        <translation>Poucos detalhes para uma correspondência confiável</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../client/safehash/gui/preview.py" line="+33"/>
        <source>A still of your video</source>
        <translation>Uma imagem parada do seu vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your photo</source>
        <translation>Sua foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening one still picture of the video…</source>
        <translation>Abrindo uma imagem parada do vídeo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the photo…</source>
        <translation>Abrindo a foto…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A still picture of the video</source>
        <translation>Uma imagem parada do vídeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo</source>
        <translation>A foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One still picture, from about a second into the video. The video is not played.</source>
        <translation>Uma imagem parada, de mais ou menos um segundo depois do início do vídeo. O vídeo não é reproduzido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only shown here. SafeHash does not keep a copy of it.</source>
        <translation>Mostrada só aqui. O SafeHash não guarda nenhuma cópia dela.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the picture</source>
        <translation>Fechar a imagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the photo</source>
        <translation>Fechar a foto</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../client/safehash/gui/qt_strings.py" line="+16"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
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
        <translation>Aperte %1 duas vezes rápido, ou %2, para sair na hora.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes SafeHash at once and forgets everything. %1</source>
        <translation>Fecha o SafeHash na hora e esquece tudo. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave at once: the window closes and SafeHash forgets everything. %1</source>
        <translation>Sair na hora: a janela fecha e o SafeHash esquece tudo. %1</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/send.py" line="+53"/>
        <source>Sending progress</source>
        <translation>Progresso do envio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the same fingerprints again; the bank stores them only once</source>
        <translation>Envia as mesmas impressões digitais de novo; o banco as guarda só uma vez</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>Waiting to be sent</source>
        <translation>Esperando envio</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sendings that the hash bank does not have yet</source>
        <translation>Envios que o banco de hashes ainda não tem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send again</source>
        <translation>Enviar de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected sending again</source>
        <translation>Enviar de novo o envio escolhido</translation>
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
        <translation>Descartar o envio escolhido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will not be sent</source>
        <translation>Ele não será enviado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See your receipt</source>
        <translation>Ver seu recibo</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is nothing to send yet; please go back a step.</source>
        <translation>Ainda não há nada para enviar; volte um passo.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1, waiting since %2.</source>
        <extracomment>One sending in the list; %1 counts what it holds (&quot;3 photos and 1 video&quot;), %2 is a date and time.</extracomment>
        <translation>%1, esperando desde %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not held: the hash bank had these fingerprints, but they were withdrawn.</source>
        <translation>Não guardadas: o banco de hashes tinha estas impressões digitais, mas elas foram retiradas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. The hash bank confirmed it.</source>
        <translation>Enviado. O banco de hashes confirmou.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These fingerprints will not be sent. Your photos and videos are not affected.</source>
        <translation>Estas impressões digitais não serão enviadas. Suas fotos e vídeos não são afetados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Not sent yet.</source>
        <translation>Ainda não enviado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Your fingerprints are kept in the list below until they are sent.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>%1 Suas impressões digitais ficam na lista abaixo até serem enviadas.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending the fingerprints…</source>
        <translation>Enviando as impressões digitais…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 Last try: %2</source>
        <extracomment>%1 is the line above (&quot;3 photos, waiting since ...&quot;), %2 a whole sentence saying what went wrong at the last try.</extracomment>
        <translation>%1 Última tentativa: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These are kept only until SafeHash closes.</source>
        <translation>Eles ficam guardados só até o SafeHash fechar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are kept, encrypted, on this computer until they are sent.</source>
        <translation>Eles ficam guardados, criptografados, neste computador até serem enviados.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Discard this sending?</source>
        <translation>Descartar este envio?</translation>
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
        <translation>O idioma escolhido passa a valer na hora. Para mantê-lo da próxima vez, aperte “%1” abaixo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Save on this computer</source>
        <translation>Salvar neste computador</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+3"/>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another hash bank (advanced)</source>
        <translation>Usar outro banco de hashes (avançado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another hash bank</source>
        <translation>Usar outro banco de hashes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the other hash bank</source>
        <translation>Endereço do outro banco de hashes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash bank</source>
        <translation>Banco de hashes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy address</source>
        <translation>Endereço do proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example socks5h://127.0.0.1:9050 to go through Tor</source>
        <translation>Por exemplo socks5h://127.0.0.1:9050 para passar pelo Tor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to connect directly. To hide that you use SafeHash from your network, enter the address of a proxy such as Tor.</source>
        <translation>Deixe vazio para se conectar diretamente. Para esconder da sua rede que você usa o SafeHash, digite o endereço de um proxy como o Tor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember my case on this computer</source>
        <translation>Lembrar meu caso neste computador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep fingerprints that could not be sent yet, encrypted</source>
        <translation>Guardar, criptografadas, as impressões digitais que ainda não puderam ser enviadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep fingerprints that could not be sent yet</source>
        <translation>Guardar as impressões digitais que ainda não puderam ser enviadas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By default SafeHash remembers nothing: everything is forgotten when it closes.</source>
        <translation>Por padrão o SafeHash não lembra nada: tudo é esquecido quando ele fecha.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this computer remembers</source>
        <translation>O que este computador lembra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use until SafeHash closes</source>
        <translation>Usar até o SafeHash fechar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings until SafeHash closes</source>
        <translation>Usar estas configurações até o SafeHash fechar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these settings on this computer</source>
        <translation>Salvar estas configurações neste computador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget everything on this computer…</source>
        <translation>Esquecer tudo neste computador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>Esquecer tudo neste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>Apaga tudo o que o SafeHash guardou aqui: configurações, caso lembrado, envios esperando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything</source>
        <translation>Esquecer tudo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes your saved settings, a remembered case token and fingerprints waiting to be sent. Files you saved yourself, such as a receipt or a case token file, stay where you saved them.</source>
        <translation>Apaga suas configurações salvas, uma chave do caso lembrada e impressões digitais esperando envio. Arquivos que você mesma salvou, como um recibo ou um arquivo com a chave do caso, ficam onde você os salvou.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About SafeHash and its licences…</source>
        <translation>Sobre o SafeHash e suas licenças…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About SafeHash and its licences</source>
        <translation>Sobre o SafeHash e suas licenças</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About SafeHash</source>
        <translation>Sobre o SafeHash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which free software SafeHash includes, under which licences, and where its source code is.</source>
        <translation>Quais softwares livres o SafeHash inclui, sob quais licenças e onde está o código-fonte deles.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fingerprints are sent to %1, as set by %2.</source>
        <extracomment>%1 is the hash bank (&quot;the practice bank on this computer ...&quot; or its name), %2 the organisation that set up this copy of SafeHash.</extracomment>
        <translation>As impressões digitais são enviadas para %1, conforme configurado por %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer&apos;s language</source>
        <translation>O idioma do computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual size</source>
        <translation>Tamanho normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger</source>
        <translation>Maior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>O maior</translation>
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
        <translation>Idioma alterado: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The proxy address is not valid: it starts with socks5h://, socks5://, http:// or https://, followed by the proxy&apos;s address and port.</source>
        <translation>O endereço do proxy não é válido: ele começa com socks5h://, socks5://, http:// ou https://, seguido do endereço e da porta do proxy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A proxy with a password cannot be used from the settings.</source>
        <translation>Não é possível usar um proxy com senha pelas configurações.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hash bank address is not valid: %1</source>
        <extracomment>%1 is a whole sentence saying what a valid address looks like.</extracomment>
        <translation>O endereço do banco de hashes não é válido: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved on this computer.</source>
        <translation>Salvo neste computador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use until SafeHash closes. Nothing was saved.</source>
        <translation>Em uso até o SafeHash fechar. Nada foi salvo.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../client/safehash/gui/step_indicator.py" line="+38"/>
        <source>Step %1 of %2</source>
        <extracomment>What a screen reader says for the row of step numbers at the top.</extracomment>
        <translation>Passo %1 de %2</translation>
    </message>
</context>
<context>
    <name>SupportGuide</name>
    <message>
        <location filename="../../client/safehash/gui/guide_text.py" line="+19"/>
        <source>SafeHash: a step-by-step guide for support workers</source>
        <extracomment>The title of the support worker&apos;s guide (a web page).</extracomment>
        <translation>SafeHash: guia passo a passo para pessoas de apoio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this guide on the phone or beside the person. Each step shows the window as the person sees it, with the step number at the top that you can both name, and what you can say. Let the person press the buttons themselves, and never ask them to send you their photos or videos.</source>
        <translation>Use este guia por telefone ou ao lado da pessoa. Cada passo mostra a janela como a pessoa vê, com o número do passo no alto para que vocês duas possam dizê-lo, e o que você pode falar. Deixe a pessoa apertar os botões ela mesma, e nunca peça que ela envie as fotos ou vídeos para você.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before you start, show the person “%1” in the top corner of every window: it closes SafeHash at once and forgets everything. %2</source>
        <extracomment>%1 is the name of the Quick exit button, %2 the sentence that names its keys.</extracomment>
        <translation>Antes de começar, mostre à pessoa “%1” no canto superior de cada janela: ele fecha o SafeHash na hora e esquece tudo. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to say</source>
        <extracomment>The heading above the words a support worker can say at each step.</extracomment>
        <translation>O que dizer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash makes a fingerprint of each photo and video on the person&apos;s own computer. Only the fingerprints are sent, never the photos or videos. A fingerprint does not remove photos or videos that are already online. When the person is ready, they press “%1”.</source>
        <extracomment>%1 is the name of the button that starts (on the window: &quot;Start&quot;).</extracomment>
        <translation>O SafeHash faz uma impressão digital de cada foto e vídeo no próprio computador da pessoa. Só as impressões digitais são enviadas, nunca as fotos ou vídeos. Uma impressão digital não remove fotos ou vídeos que já estão na internet. Quando a pessoa estiver pronta, ela aperta “%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person drags their photos and videos onto the window, or presses “%1” and picks them; they can also open them with SafeHash from their file manager. Nothing is shown unless they ask, and a video is never played: asking shows one still picture from it. A long video takes a while; its row shows how far it has got. When every row says “%2”, they press “%3”.</source>
        <extracomment>%1 is the button that opens the file chooser, %2 the word a row of the list shows when its photo or video has been read (&quot;Ready&quot;), %3 the button that goes on (&quot;Continue&quot;). A &quot;row&quot; is one line of the list of photos and videos.</extracomment>
        <translation>A pessoa arrasta as fotos e vídeos para a janela, ou aperta “%1” e os escolhe; também pode abri-los com o SafeHash pelo gerenciador de arquivos. Nada aparece se ela não pedir, e um vídeo nunca é reproduzido: se ela pedir, aparece só uma imagem parada dele. Um vídeo longo demora um pouco; a linha dele mostra quanto já foi lido. Quando todas as linhas disserem “%2”, ela aperta “%3”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This page says what will be sent, and can show the whole message. Photos and videos with too little detail can be left out. The person ticks the box that says the photos and videos are of them, or that they may act for the person in them, and presses “%1”.</source>
        <extracomment>%1 is the button that goes on (&quot;Continue&quot;).</extracomment>
        <translation>Esta página diz o que será enviado e pode mostrar a mensagem inteira. Fotos e vídeos com pouco detalhe podem ficar de fora. A pessoa marca a caixa que diz que as fotos e vídeos são dela, ou que ela pode agir pela pessoa que aparece neles, e aperta “%1”.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SafeHash sends the fingerprints and shows what the hash bank confirmed. The person can press “%1”: the receipt holds the case reference, never the case token, a photo or a video. If sending fails, the fingerprints wait in a list and can be sent again.</source>
        <extracomment>%1 is the button that saves the receipt.</extracomment>
        <translation>O SafeHash envia as impressões digitais e mostra o que o banco de hashes confirmou. A pessoa pode apertar “%1”: o recibo tem a referência do caso, nunca a chave do caso nem uma foto ou vídeo. Se o envio falhar, as impressões digitais esperam numa lista e podem ser enviadas de novo.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>If you gave the person a case token, they type it here. Otherwise they open a new case: its case token is shown only once, so they write it down or save it somewhere safe. Then they press “%1”.</source>
        <extracomment>%1 is the button that sends (&quot;Send&quot;).</extracomment>
        <translation>Se você deu uma chave do caso à pessoa, ela a digita aqui. Se não, ela abre um novo caso: a chave do caso aparece uma só vez, então ela a anota ou a salva num lugar seguro. Depois ela aperta “%1”.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Later, “%1” at the bottom of the window asks the bank what it holds for the case, and can withdraw it. The person needs the case reference from the receipt and the case token.</source>
        <extracomment>%1 is the name of the link at the bottom of the window (&quot;Check or withdraw a case&quot;).</extracomment>
        <translation>Mais tarde, “%1”, na parte de baixo da janela, pergunta ao banco o que ele guarda do caso e permite retirá-lo. A pessoa precisa da referência do caso do recibo e da chave do caso.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made from SafeHash %1 itself, in this language. The pictures are practice photos, never anyone&apos;s own.</source>
        <extracomment>%1 is SafeHash&apos;s version number.</extracomment>
        <translation>Feito com o próprio SafeHash %1, neste idioma. As imagens são fotos de treino, nunca de alguém.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/welcome.py" line="+40"/>
        <source>What is sent, and what is not</source>
        <translation>O que é enviado, e o que não é</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What this can and cannot do</source>
        <translation>O que isto pode e não pode fazer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Help and support</source>
        <translation>Ajuda e apoio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick exit: %1</source>
        <translation>Saída rápida: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Sent: a fingerprint of each photo and video (a short code made from the picture, often called a hash) and your case token.</source>
        <translation>Enviado: uma impressão digital de cada foto e vídeo (um código curto feito a partir da imagem, muitas vezes chamado de hash) e sua chave do caso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never sent: your photos and videos, their names, where they are on this computer, or anything else about you.</source>
        <translation>Nunca enviado: suas fotos e vídeos, os nomes deles, onde estão neste computador ou qualquer outra coisa sobre você.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It helps partner platforms block copies of your photos and videos. It does not remove what is already online, and it cannot stop every website.</source>
        <translation>Ajuda as plataformas parceiras a bloquear cópias das suas fotos e vídeos. Não remove o que já está na internet e não consegue impedir todos os sites.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fingerprint is sensitive: a rough likeness of a photo, or of moments of a video, can sometimes be rebuilt from it. It is only sent to the bank named here.</source>
        <translation>Uma impressão digital é um dado sensível: às vezes é possível reconstruir a partir dela uma imagem aproximada de uma foto, ou de momentos de um vídeo. Ela só é enviada ao banco citado aqui.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If someone in a photo or video was under %1</source>
        <extracomment>%1 is the age, 18, in the digits of your language.</extracomment>
        <translation>Se alguém numa foto ou vídeo tinha menos de %1 anos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to %1, where you can try out every step: nothing leaves this computer.</source>
        <translation>O SafeHash faz uma impressão digital de cada foto e vídeo que você escolher, aqui neste computador. Só estas impressões digitais, com sua chave do caso, são enviadas para %1, onde você pode testar cada passo: nada sai deste computador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to the hash bank used by %1. Partner platforms use them to recognise copies of your photos and videos and block them.</source>
        <translation>O SafeHash cria uma impressão digital de cada foto e vídeo que você escolher, aqui mesmo, neste computador. Só essas impressões digitais, com sua chave do caso, são enviadas ao banco de hashes usado por %1. As plataformas parceiras as usam para reconhecer cópias das suas fotos e vídeos e bloqueá-las.</translation>
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
        <translation>Abre o site no seu navegador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
</context>
</TS>
