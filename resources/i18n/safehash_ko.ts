<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../client/safehash/gui/about.py" line="+19"/>
        <source>About SafeHash and its licences</source>
        <translation>SafeHash 정보 및 라이선스</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash %1 is free software under the Apache License 2.0. It includes other free software, each under its own licence. The list below, in English as the licences are written, names every part, its licence and where its source code is.</source>
        <translation>SafeHash %1은(는) Apache License 2.0에 따른 자유 소프트웨어입니다. 각자의 라이선스를 따르는 다른 자유 소프트웨어도 포함되어 있습니다. 아래 목록은 라이선스가 쓰인 대로 영어로, 각 구성 요소와 그 라이선스, 소스 코드가 있는 곳을 알려 줍니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This installation includes parts under the GNU General Public License (%1), so SafeHash as installed here is distributed under the GPL, version 3. You may share it under those terms, and you are entitled to the complete source code of every part.</source>
        <translation>이 설치본에는 GNU 일반 공중 사용 허가서(%1)를 따르는 부분이 포함되어 있으므로, 여기에 설치된 SafeHash는 GPL 버전 3에 따라 배포됩니다. 그 조건에 따라 공유할 수 있으며, 모든 구성 요소의 전체 소스 코드를 받을 권리가 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Software included, licences and sources</source>
        <translation>포함된 소프트웨어, 라이선스, 소스</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>AddPhotosPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/add_photos.py" line="+92"/>
        <source>Choose a folder…</source>
        <translation>폴더 고르기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>폴더 고르기</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading progress</source>
        <translation>읽기 진행 상황</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>멈추기</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Add the photos and videos you want to protect: drag them, or whole folders, onto this window, or choose them below. Nothing is shown here unless you ask to see it, and videos are never played.</source>
        <translation>보호하려는 사진과 동영상을 추가하세요. 사진과 동영상(또는 폴더 전체)을 이 창으로 끌어 놓거나 아래에서 고르면 됩니다. 보고 싶다고 요청하지 않는 한 여기에는 아무것도 표시되지 않으며, 동영상은 절대 재생되지 않습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose photos or videos…</source>
        <translation>사진이나 동영상 고르기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photos or videos</source>
        <translation>사진이나 동영상 고르기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick photos and videos on this computer</source>
        <translation>이 컴퓨터에서 사진과 동영상을 고르는 창을 엽니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds every photo and video in a folder</source>
        <translation>폴더 안의 모든 사진과 동영상을 추가합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste copied photos or videos</source>
        <translation>복사한 사진이나 동영상 붙여넣기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds photos and videos you copied in your file manager, or a picture you copied (%1)</source>
        <extracomment>%1 is the paste shortcut, Ctrl+V on most computers.</extracomment>
        <translation>파일 관리자에서 복사한 사진과 동영상이나 복사한 그림을 추가합니다 (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You can also drop photos, videos or folders anywhere on this window.</source>
        <translation>사진, 동영상, 폴더를 이 창의 아무 곳에나 끌어 놓아도 됩니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop reading</source>
        <translation>읽기 멈추기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and videos not read yet are taken off the list</source>
        <translation>아직 읽지 않은 사진과 동영상은 목록에서 빠집니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your photos and videos</source>
        <translation>내 사진과 동영상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of each photo and video, and what happened to it</source>
        <translation>각 사진과 동영상의 이름과 처리 결과</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show a still of this video</source>
        <translation>이 동영상의 정지 화면 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this photo</source>
        <translation>이 사진 보기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows one still picture from the selected video in a separate window; the video is not played, and nothing is saved</source>
        <translation>선택한 동영상의 정지 화면 하나를 별도의 창에 보여 줍니다. 동영상은 재생되지 않으며 아무것도 저장되지 않습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the selected photo in a separate window; it is not saved</source>
        <translation>선택한 사진을 별도의 창에 보여 줍니다. 저장되지 않습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected photos and videos</source>
        <translation>선택한 사진과 동영상 빼기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the selected photos and videos off the list (the files are not touched)</source>
        <translation>선택한 사진과 동영상을 목록에서 뺍니다(파일은 그대로 둡니다)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear all photos and videos</source>
        <translation>모든 사진과 동영상 빼기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes every photo and video off the list (the files are not touched)</source>
        <translation>모든 사진과 동영상을 목록에서 뺍니다(파일은 그대로 둡니다)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing to paste: the clipboard is empty. Copy photos or videos in your file manager, or copy a picture, then paste again.</source>
        <translation>붙여 넣을 것이 없습니다. 클립보드가 비어 있습니다. 파일 관리자에서 사진이나 동영상을 복사하거나 그림을 복사한 다음 다시 붙여 넣으세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds text, not photos or videos, so nothing was added.</source>
        <translation>클립보드에 사진이나 동영상이 아닌 글자가 있어 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading photos and videos: %1 of %2 done</source>
        <translation>사진과 동영상 읽는 중: %2개 중 %1개 완료</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No photos or videos added yet.</source>
        <translation>아직 추가한 사진이나 동영상이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n video(s) ready.</source>
        <translation>
            <numerusform>동영상 %n개가 준비되었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n folder(s) could not be opened. Photos and videos inside were not added; the list shows which folder(s).</source>
        <translation>
            <numerusform>폴더 %n개를 열 수 없었습니다. 그 안의 사진과 동영상은 추가되지 않았습니다. 어떤 폴더인지는 목록에 나와 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add your photos and videos</source>
        <translation>사진과 동영상 추가</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Clear all</source>
        <translation>모두 비우기</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This picture is on the list already.</source>
        <translation>이 그림은 이미 목록에 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copied picture was added as “%1”. It is read from memory and never saved anywhere.</source>
        <extracomment>%1 is the name it gets in the list: &quot;Pasted picture 1&quot;.</extracomment>
        <translation>복사한 그림이 &apos;%1&apos;(으)로 추가되었습니다. 메모리에서 읽으며 어디에도 저장하지 않습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard names files that are not on this computer (or no longer there), so nothing was added.</source>
        <translation>클립보드에 있는 파일이 이 컴퓨터에 없거나 더 이상 없어서 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a web address, not a photo on this computer. Save the photo first, then add the file.</source>
        <translation>클립보드에 이 컴퓨터의 사진이 아닌 웹 주소가 있습니다. 먼저 사진을 저장한 다음 파일을 추가하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a picture in a form SafeHash cannot read safely. Save it as a file first, then add the file.</source>
        <translation>클립보드에 SafeHash가 안전하게 읽을 수 없는 형식의 그림이 있습니다. 먼저 파일로 저장한 다음 파일을 추가하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n photo(s) ready.</source>
        <translation>
            <numerusform>사진 %n장이 준비되었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n with too little detail.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the photos and videos have too little detail.</extracomment>
        <translation>
            <numerusform>%n장은 세부 정보가 너무 적습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be read.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the files could not be read.</extracomment>
        <translation>
            <numerusform>%n장은 읽을 수 없었습니다.</numerusform>
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

기관을 위한 자세한 내용: %2</translation>
    </message>
</context>
<context>
    <name>BankWords</name>
    <message>
        <location filename="../../client/safehash/gui/bank_words.py" line="+33"/>
        <source>the practice bank on this computer</source>
        <extracomment>The practice bank, inside sentences such as &quot;3 photos will be sent as fingerprints to %1.&quot; Use the glossary&apos;s word for &quot;practice bank&quot;.</extracomment>
        <translation>이 컴퓨터의 연습용 데이터베이스</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the practice bank on this computer: nothing leaves this computer, and practice cases last only until SafeHash closes. Their case tokens do not work after that.</source>
        <translation>이것은 이 컴퓨터의 연습용 데이터베이스입니다. 아무것도 이 컴퓨터 밖으로 나가지 않으며, 연습 사건은 SafeHash를 닫을 때까지만 유지됩니다. 그 후에는 사건 키가 작동하지 않습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A practice case cannot be remembered: it ends when SafeHash closes.</source>
        <translation>연습 사건은 기억할 수 없습니다. SafeHash를 닫으면 끝납니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The practice bank does not know this case. Practice cases last only until SafeHash closes, so a case from an earlier time is gone; please open a new practice case.</source>
        <translation>연습용 데이터베이스가 이 사건을 모릅니다. 연습 사건은 SafeHash를 닫을 때까지만 유지되므로 이전의 사건은 사라졌습니다. 새 연습 사건을 여세요.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case.py" line="+53"/>
        <source>A case token links these fingerprints to your case, so that you or your support worker can check or withdraw them later.</source>
        <translation>사건 키는 이 지문들을 내 사건에 연결합니다. 그래서 나중에 본인이나 지원 담당자가 확인하거나 철회할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have a case token</source>
        <translation>사건 키가 있습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case token</source>
        <translation>사건 키</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste the case token your support worker gave you</source>
        <translation>지원 담당자에게 받은 사건 키를 입력하거나 붙여넣으세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a new case</source>
        <translation>새 사건 열기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new case now</source>
        <translation>지금 새 사건 열기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the hash bank for a new case and shows its token once</source>
        <translation>해시 데이터베이스에 새 사건을 요청하고 그 키를 한 번만 보여 줍니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your new case token</source>
        <translation>새 사건 키</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the case token</source>
        <translation>사건 키 복사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the token so you can paste it somewhere safe</source>
        <translation>안전한 곳에 붙여넣을 수 있도록 키를 복사합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to a file…</source>
        <translation>파일로 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the case token to a file</source>
        <translation>사건 키를 파일로 저장</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this token down or save it now: SafeHash shows it only this once.</source>
        <translation>이 키를 지금 적어 두거나 저장하세요. SafeHash는 이번 한 번만 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remember this case on this computer</source>
        <translation>이 컴퓨터에 이 사건 기억하기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>이 컴퓨터에서</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is kept in this computer&apos;s password store, so you can check your case later without typing it. Anyone who can use this computer account may be able to find it. If you share this computer, leave this off.</source>
        <translation>키는 이 컴퓨터의 비밀번호 저장소에 보관되므로, 나중에 입력하지 않고도 사건을 확인할 수 있습니다. 이 컴퓨터 계정을 쓸 수 있는 사람은 누구나 키를 찾을 수도 있습니다. 이 컴퓨터를 다른 사람과 함께 쓴다면 이 옵션을 꺼 두세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The case is forgotten when SafeHash closes.</source>
        <extracomment>%1 is a whole sentence saying that there is no secure password store.</extracomment>
        <translation>%1 SafeHash를 닫으면 사건은 잊힙니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your case</source>
        <translation>내 사건</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opening a new case…</source>
        <translation>새 사건을 여는 중…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. SafeHash empties the clipboard again at Quick exit.</source>
        <translation>복사했습니다. 빠른 나가기를 하면 SafeHash가 클립보드를 다시 비웁니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the case token</source>
        <translation>사건 키 저장</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash case token: %1</source>
        <extracomment>The one line written in a saved token file.</extracomment>
        <translation>SafeHash 사건 키: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your new case is open.</source>
        <translation>새 사건이 열렸습니다.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Letters and numbers only; dashes are optional.</source>
        <translation>문자와 숫자만 입력하세요. 하이픈은 넣지 않아도 됩니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This case token looks right.</source>
        <translation>올바른 사건 키로 보입니다.</translation>
    </message>
</context>
<context>
    <name>CaseStatusPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case_status.py" line="+53"/>
        <source>See what the hash bank holds for your case, or ask it to delete the fingerprints. You need the case reference (it is on your receipt) and your case token.</source>
        <translation>해시 데이터베이스가 내 사건에 대해 무엇을 보관하고 있는지 확인하거나, 지문을 삭제해 달라고 요청하세요. 사건 참조번호(영수증에 있습니다)와 사건 키가 필요합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Case reference</source>
        <translation>사건 참조번호</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>From your receipt</source>
        <translation>영수증에 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Case token</source>
        <translation>사건 키</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hidden as it is typed; “Show” shows it</source>
        <translation>입력하는 동안 가려집니다. &apos;보기&apos;를 누르면 보입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+91"/>
        <source>Show the case token</source>
        <translation>사건 키 보기</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open a saved receipt…</source>
        <translation>저장한 영수증 열기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Open a saved receipt</source>
        <translation>저장한 영수증 열기</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Fills in the case reference from a receipt you saved</source>
        <translation>저장해 둔 영수증에서 사건 참조번호를 채웁니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check status</source>
        <translation>상태 확인</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sendings in this case</source>
        <translation>이 사건의 전송 내역</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw this sending…</source>
        <translation>이 전송 철회…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected sending</source>
        <translation>선택한 전송 철회</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw the whole case…</source>
        <translation>사건 전체 철회…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the whole case</source>
        <translation>사건 전체 철회</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the bank to delete every fingerprint in it</source>
        <translation>데이터베이스에 이 사건의 모든 지문을 삭제해 달라고 요청합니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check or withdraw a case</source>
        <translation>사건 확인 또는 철회</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hide</source>
        <translation>가리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the case token</source>
        <translation>사건 키 가리기</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please enter the case reference from your receipt.</source>
        <translation>영수증에 있는 사건 참조번호를 입력해 주세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is not a SafeHash receipt.</source>
        <translation>이 파일은 SafeHash 영수증이 아닙니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt opened. Now enter the case token of this case.</source>
        <translation>영수증을 열었습니다. 이제 이 사건의 사건 키를 입력하세요.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This case is open. Nothing has been sent to it yet.</source>
        <translation>이 사건은 열려 있습니다. 아직 보낸 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is open, but the bank holds none of its fingerprints: every sending below was withdrawn.</source>
        <translation>이 사건은 열려 있지만 데이터베이스에 지문이 하나도 없습니다. 아래의 모든 전송이 철회되었습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case is open. The bank holds fingerprints of %1 in it.</source>
        <extracomment>%1 counts what the bank holds: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>이 사건은 열려 있습니다. 데이터베이스에 %1의 지문이 보관되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 %n sending(s) below were withdrawn.</source>
        <extracomment>%1 is the sentence &quot;This case is open. The bank holds fingerprints of 3 photos in it.&quot;</extracomment>
        <translation>
            <numerusform>%1 아래의 전송 %n건이 철회되었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent %1: %2 held (reference %3)</source>
        <extracomment>One sending in the case: %1 a date and time, %2 what the bank holds of it (&quot;3 photos and 1 video&quot;), %3 its reference code.</extracomment>
        <translation>%1에 보냄: %2의 지문 보관 중(참조번호 %3)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The bank will delete these fingerprints. Platforms will no longer be able to match copies of these photos and videos.</source>
        <translation>데이터베이스가 이 지문들을 삭제합니다. 플랫폼은 더 이상 이 사진과 동영상의 사본을 대조할 수 없게 됩니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Withdraw the case</source>
        <translation>사건 철회</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Asking the hash bank…</source>
        <translation>해시 데이터베이스에 묻는 중…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This case was withdrawn: the bank deleted its fingerprints.</source>
        <translation>이 사건은 철회되었습니다. 데이터베이스가 지문을 삭제했습니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent %1: withdrawn (reference %2)</source>
        <extracomment>One withdrawn sending: %1 a date and time, %2 its reference code.</extracomment>
        <translation>%1에 보냄: 철회됨(참조번호 %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Withdrawn: the bank confirmed that it deleted these fingerprints.</source>
        <translation>철회됨: 데이터베이스가 이 지문들을 삭제했다고 확인했습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdraw this sending?</source>
        <translation>이 전송을 철회할까요?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw</source>
        <translation>철회</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Keep it</source>
        <translation>유지</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Withdraw the whole case?</source>
        <translation>사건 전체를 철회할까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank will delete every fingerprint in this case, and nothing more can be sent to it.</source>
        <translation>데이터베이스가 이 사건의 모든 지문을 삭제하며, 이 사건에는 더 이상 아무것도 보낼 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/check.py" line="+44"/>
        <source>For each photo, SafeHash sends</source>
        <translation>사진마다 SafeHash가 보내는 것</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This bank takes only file fingerprints of videos: they find exact copies of a video, not one that was shortened or saved again.</source>
        <translation>이 데이터베이스는 동영상의 파일 지문만 받습니다. 파일 지문은 동영상의 똑같은 사본만 찾아내며, 잘라 내거나 다시 저장한 동영상은 찾지 못합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each video, SafeHash sends</source>
        <translation>동영상마다 SafeHash가 보내는 것</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also sent, and never sent</source>
        <translation>함께 보내는 것과 절대 보내지 않는 것</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+90"/>
        <source>Show exactly what will be sent</source>
        <translation>보낼 내용을 그대로 보기</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Shows the message SafeHash will send to the bank, word for word</source>
        <translation>SafeHash가 데이터베이스에 보낼 메시지를 한 글자도 빠짐없이 보여 줍니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly what will be sent</source>
        <translation>보낼 내용 그대로</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the whole message. The case token travels with it as a password (it is not shown here), and the reference below as its label.</source>
        <translation>이것이 메시지 전체입니다. 사건 키는 비밀번호처럼 함께 전달되며(여기에는 표시되지 않습니다), 아래 참조번호는 메시지의 이름표로 쓰입니다.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Also sent: your case token, which shows the bank these photos and videos belong to your case, and a random reference so that sending twice stores them only once.</source>
        <translation>함께 보내는 것: 이 사진과 동영상이 내 사건에 속한다는 것을 데이터베이스에 알려 주는 사건 키, 그리고 두 번 보내도 한 번만 보관되도록 하는 무작위 참조번호.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never sent: the photos and videos themselves, their names, where they are on this computer, or when they were taken.</source>
        <translation>절대 보내지 않는 것: 사진과 동영상 자체, 그 이름, 이 컴퓨터에서의 위치, 촬영 시각.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave out the photos and videos with too little detail</source>
        <translation>세부 정보가 너무 적은 사진과 동영상은 빼기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They may not be recognised by platforms</source>
        <translation>플랫폼이 알아보지 못할 수 있습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too little detail</source>
        <translation>세부 정보가 너무 적음</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These photos and videos are of me, or I am allowed to act for the person in them.</source>
        <translation>이 사진과 동영상은 제 것이거나, 제가 그 속의 사람을 대신해 조치할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I confirm these photos and videos are of me, or that I may act for the person in them</source>
        <translation>이 사진과 동영상이 제 것이거나 제가 그 속의 사람을 대신해 조치할 수 있음을 확인합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your confirmation</source>
        <translation>확인 사항</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check what will be sent</source>
        <translation>보낼 내용 확인</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the hash bank what it accepts…</source>
        <translation>해시 데이터베이스가 무엇을 받는지 묻는 중…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The hash bank could not be asked yet: %1 This is checked again when sending.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>아직 해시 데이터베이스에 물어볼 수 없었습니다: %1 보낼 때 다시 확인합니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hide the exact message</source>
        <translation>메시지 숨기기</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>SafeHash will send the fingerprints of %1 to %2.</source>
        <extracomment>%1 counts what is sent: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;; %2 is the name of the hash bank.</extracomment>
        <translation>SafeHash가 %1의 지문을 %2에 보냅니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n photo(s) will be sent as fingerprints to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>사진 %n장이 지문으로 %1에 전송됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A picture fingerprint (PDQ), which still matches after a photo is resized or re-saved.</source>
        <translation>사진 지문(PDQ): 사진의 크기를 바꾸거나 다시 저장해도 일치합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second picture fingerprint (pHash), for platforms that use it.</source>
        <translation>두 번째 사진 지문(pHash): 이 방식을 쓰는 플랫폼을 위한 것입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file fingerprint (MD5), which matches only exact copies.</source>
        <translation>파일 지문(MD5): 정확히 같은 사본과만 일치합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second file fingerprint (SHA-256), for exact copies.</source>
        <translation>두 번째 파일 지문(SHA-256): 정확히 같은 사본을 위한 것입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video fingerprint (vPDQ): a picture fingerprint of one frame each second, which still matches after a video is resized or re-saved.</source>
        <translation>동영상 지문(vPDQ): 1초마다 한 장면의 사진 지문으로, 동영상의 크기를 바꾸거나 다시 저장해도 일치합니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Too little detail for a dependable match in %n photo(s): very dark, plain or tiny pictures have little detail. Platforms may not recognise copies of them.</source>
        <translation>
            <numerusform>사진 %n장은 세부 정보가 너무 적어 믿을 만하게 대조하기 어렵습니다. 매우 어둡거나, 단조롭거나, 아주 작은 사진일 수 있습니다. 플랫폼이 이 사진의 사본을 알아보지 못할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>In %n video(s), no frame has enough detail for a dependable match: the video may be very dark or plain. If sent, their file fingerprints still find exact copies.</source>
        <translation>
            <numerusform>동영상 %n개에는 믿을 만하게 대조할 만큼 세부 정보가 있는 장면이 없습니다. 매우 어둡거나 단조로운 동영상일 수 있습니다. 보내면 파일 지문으로 똑같은 사본은 여전히 찾을 수 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n file(s) could not be read and will not be sent.</source>
        <translation>
            <numerusform>파일 %n개는 읽을 수 없어 보내지 않습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n folder(s) could not be opened. Photos and videos inside will not be sent; step 2 shows which folder(s).</source>
        <translation>
            <numerusform>폴더 %n개를 열 수 없었습니다. 그 안의 사진과 동영상은 전송되지 않습니다. 어떤 폴더인지는 2단계에 나와 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing will be sent: no photo or video is chosen.</source>
        <translation>보낼 것이 없습니다. 선택한 사진이나 동영상이 없습니다.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Reference (Idempotency-Key): %1</source>
        <extracomment>&quot;Idempotency-Key&quot; is the technical name of the reference; keep it as it is.</extracomment>
        <translation>참조번호(Idempotency-Key): %1</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/close_guard.py" line="+25"/>
        <source>%n sending(s) not yet received by the hash bank.</source>
        <translation>
            <numerusform>%n건의 전송이 아직 해시 데이터베이스에 도착하지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close SafeHash?</source>
        <translation>SafeHash를 닫을까요?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you close SafeHash now, they are forgotten: nothing was kept on this computer. You can stay and press Send again, or close anyway.</source>
        <translation>지금 SafeHash를 닫으면 이 전송은 잊힙니다. 이 컴퓨터에는 아무것도 보관되지 않았습니다. 남아서 &apos;다시 보내기&apos;를 누르거나, 그래도 닫을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay and send</source>
        <translation>남아서 보내기</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Close anyway</source>
        <translation>그래도 닫기</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/done.py" line="+46"/>
        <source>Receipt details</source>
        <translation>영수증 내용</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt</source>
        <translation>내 영수증</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking or withdrawing later</source>
        <translation>나중에 확인하거나 철회하기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To see what the bank holds, or to ask it to delete these fingerprints, press “%1” at the bottom of the window and enter your case token and case reference. Saving the receipt keeps the case reference for you; it holds no token, photo or fingerprint.</source>
        <extracomment>%1 is the name of the button &quot;Check or withdraw a case&quot;.</extracomment>
        <translation>데이터베이스가 무엇을 보관하는지 보거나 이 지문들을 삭제해 달라고 요청하려면, 창 아래쪽의 &apos;%1&apos;을(를) 누르고 사건 키와 사건 참조번호를 입력하세요. 영수증을 저장해 두면 사건 참조번호가 남습니다. 영수증에는 키, 사진, 지문이 들어 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save receipt…</source>
        <translation>영수증 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt to a file</source>
        <translation>영수증을 파일로 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this case now</source>
        <translation>지금 이 사건 확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send more photos or videos</source>
        <translation>사진이나 동영상 더 보내기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts again at step 2 with the same case</source>
        <translation>같은 사건으로 2단계부터 다시 시작합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything on this computer…</source>
        <translation>이 컴퓨터에서 모두 잊기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>이 컴퓨터에서 모두 잊기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>SafeHash가 여기에 보관한 모든 것을 삭제합니다: 설정, 기억한 사건, 대기 중인 전송</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On this computer</source>
        <translation>이 컴퓨터에서</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you close SafeHash, it forgets the photos, videos, fingerprints and case token of this session by itself.</source>
        <translation>SafeHash를 닫으면 이번 세션의 사진, 동영상, 지문, 사건 키를 스스로 잊습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing has been sent yet.</source>
        <translation>아직 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These fingerprints had reached %1 before, but they were withdrawn since.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>이 지문들은 전에 %1에 도착했지만 그 뒤에 철회되었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bank deleted them: it holds none of these photos or videos. To send them again, open a new case.</source>
        <translation>데이터베이스가 이를 삭제했습니다. 이 사진과 동영상의 지문은 하나도 보관되어 있지 않습니다. 다시 보내려면 새 사건을 여세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank deleted them: it holds none of these photos. To send them again, open a new case.</source>
        <translation>데이터베이스가 이를 삭제했습니다. 이 사진들은 하나도 보관되어 있지 않습니다. 다시 보내려면 새 사건을 여세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your fingerprints were sent to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>지문을 %1에 보냈습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bank already had these fingerprints. Check the case to see what it holds now.</source>
        <translation>데이터베이스에 이 지문들이 이미 있었습니다. 지금 무엇이 보관되어 있는지 사건을 확인하세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) or video(s) of them now.</source>
        <translation>
            <numerusform>데이터베이스에 이 지문들이 이미 있었습니다. 지금 그중 사진이나 동영상 %n개의 지문이 보관되어 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) of them now.</source>
        <translation>
            <numerusform>데이터베이스에 이 지문들이 이미 있었습니다. 지금 그중 사진 %n장이 보관되어 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The bank accepted %n photo(s).</source>
        <translation>
            <numerusform>데이터베이스가 사진 %n장을 받았습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 It did not accept %n photo(s), usually because of too little detail.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos.&quot;; %n how many it did not.</extracomment>
        <translation>
            <numerusform>%1 %n장은 받지 않았습니다. 대개 세부 정보가 너무 적기 때문입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Case reference: %1
Sending reference: %2
Received: %3</source>
        <extracomment>Three lines of the receipt; the references are codes (in groups of four, to be read aloud), the last a date and time.</extracomment>
        <translation>사건 참조번호: %1
전송 참조번호: %2
받은 시각: %3</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Anything you asked it to keep (settings, a remembered case, sendings waiting to be sent) stays until you press the button below. Files you saved yourself, such as this receipt or a case token file, are never deleted by SafeHash.</source>
        <translation>보관해 달라고 한 것(설정, 기억한 사건, 보내기를 기다리는 전송)은 아래 버튼을 누를 때까지 남아 있습니다. 직접 저장한 파일(이 영수증이나 사건 키 파일 등)은 SafeHash가 절대 삭제하지 않습니다.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The bank accepted %1.</source>
        <extracomment>%1 counts what the bank accepted: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>데이터베이스가 받은 것: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank accepted none of them.</source>
        <translation>데이터베이스가 하나도 받지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 It did not accept %2.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos and 1 video.&quot;; %2 counts what it did not accept: &quot;1 video&quot;.</extracomment>
        <translation>%1 받지 않은 것: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the receipt</source>
        <translation>영수증 저장</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt was saved.</source>
        <translation>영수증을 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../client/safehash/gui/error_text.py" line="+40"/>
        <source>This file could not be read.</source>
        <translation>이 파일을 읽을 수 없었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer there; it may have been moved or deleted.</source>
        <translation>파일이 더 이상 그 자리에 없습니다. 옮겨졌거나 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be opened; you may not have permission to read it.</source>
        <translation>파일을 열 수 없었습니다. 파일을 읽을 권한이 없을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file changed while it was being read; please add it again.</source>
        <translation>읽는 도중에 파일이 바뀌었습니다. 다시 추가해 주세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a photo SafeHash can read.</source>
        <translation>파일이 너무 커서 SafeHash가 읽을 수 있는 사진이 아닙니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo is incomplete or damaged, so it cannot be read to the end.</source>
        <translation>사진이 완전하지 않거나 손상되어 끝까지 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is far larger than any camera photo, so it was not opened, to protect this computer.</source>
        <translation>이 그림은 어떤 카메라 사진보다도 훨씬 커서, 이 컴퓨터를 보호하기 위해 열지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is damaged and could not be read.</source>
        <translation>사진이 손상되어 읽을 수 없었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is built in a way no camera or phone writes, so it was not opened, to protect this computer.</source>
        <translation>이 그림은 어떤 카메라나 휴대폰도 만들지 않는 방식으로 되어 있어서, 이 컴퓨터를 보호하기 위해 열지 않았습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file made SafeHash&apos;s reader stop, so it was not hashed; it may be damaged or made to cause harm. Your other files are safe.</source>
        <translation>이 파일 때문에 SafeHash의 읽기 프로그램이 멈춰서 지문을 만들지 않았습니다. 파일이 손상되었거나 해를 끼치도록 만들어졌을 수 있습니다. 다른 파일은 안전합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file gave an answer SafeHash cannot trust, so it was not hashed; it may be made to cause harm.</source>
        <translation>이 파일을 읽은 결과를 SafeHash가 믿을 수 없어서 지문을 만들지 않았습니다. 해를 끼치도록 만들어진 파일일 수 있습니다.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This is not a photo or video but a folder or a special file.</source>
        <translation>사진이나 동영상이 아니라 폴더나 특수 파일입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shortcut points back to itself, so there is nothing to read.</source>
        <translation>이 바로 가기는 자기 자신을 가리키므로 읽을 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty, so there is no photo or video in it.</source>
        <translation>파일이 비어 있어 사진이나 동영상이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a photo or video SafeHash can read.</source>
        <translation>이 파일은 SafeHash가 읽을 수 있는 사진이나 동영상이 아닙니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This video is stored in a form SafeHash cannot read, so it was not opened.</source>
        <translation>이 동영상은 SafeHash가 읽을 수 없는 형식으로 저장되어 있어 열지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file holds no video (only sound, or nothing that plays), so there is nothing to read.</source>
        <translation>이 파일에는 동영상이 없어(소리만 있거나 재생할 것이 없음) 읽을 것이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video is damaged and could not be played, so it was not read.</source>
        <translation>동영상이 손상되어 재생할 수 없어서 읽지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video does not say how fast it plays, so SafeHash cannot make its fingerprint.</source>
        <translation>동영상에 재생 속도가 나와 있지 않아 SafeHash가 지문을 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video is longer than %1 hours, the most SafeHash reads in one video, so it was not read.</source>
        <extracomment>%1 is a number of hours (4), in the digits of your language.</extracomment>
        <translation>동영상이 SafeHash가 한 동영상에서 읽는 최대 길이인 %1시간보다 길어서 읽지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video&apos;s picture is far larger than any camera films, so it was not opened, to protect this computer.</source>
        <translation>동영상의 화면이 어떤 카메라로 찍은 것보다도 훨씬 커서 이 컴퓨터를 보호하기 위해 열지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file took far longer than it should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>이 파일을 읽는 데 지나치게 오래 걸려 SafeHash가 멈췄습니다. 손상되었거나 해를 끼치도록 만들어진 파일일 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file needed far more memory than any photo or video should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>이 파일을 읽는 데 어떤 사진이나 동영상보다도 훨씬 많은 메모리가 필요해 SafeHash가 멈췄습니다. 손상되었거나 해를 끼치도록 만들어진 파일일 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder could not be opened, so the photos and videos in it were not added; you may not have permission to read it.</source>
        <translation>이 폴더를 열 수 없어 안의 사진과 동영상을 추가하지 않았습니다. 읽을 권한이 없을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped.</source>
        <translation>중단했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not read this file because of a problem of its own.</source>
        <translation>SafeHash 자체의 문제로 이 파일을 읽지 못했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hash bank could not be reached or did not accept the request.</source>
        <translation>해시 데이터베이스에 연결할 수 없었거나 요청이 받아들여지지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect to the hash bank; please check that this computer is online.</source>
        <translation>SafeHash가 해시 데이터베이스에 연결하지 못했습니다. 이 컴퓨터가 인터넷에 연결되어 있는지 확인해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect through the proxy; please check that it (or Tor) is running.</source>
        <translation>SafeHash가 프록시를 통해 연결하지 못했습니다. 프록시(또는 Tor)가 실행 중인지 확인해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank took too long to answer; please try again later.</source>
        <translation>해시 데이터베이스의 응답이 너무 늦었습니다. 나중에 다시 시도해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s security certificate could not be checked, so nothing was sent.</source>
        <translation>해시 데이터베이스의 보안 인증서를 확인할 수 없어서 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not show the security key SafeHash expects, so nothing was sent.</source>
        <translation>해시 데이터베이스가 SafeHash가 예상한 보안 키를 보여 주지 않아서 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank tried to send SafeHash somewhere else; SafeHash did not follow.</source>
        <translation>해시 데이터베이스가 SafeHash를 다른 곳으로 보내려 했지만, SafeHash는 따라가지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s answer was far too large, so SafeHash ignored it.</source>
        <translation>해시 데이터베이스의 응답이 너무 커서 SafeHash가 무시했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank gave an answer SafeHash does not understand.</source>
        <translation>해시 데이터베이스가 SafeHash가 이해할 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank is busy right now; please try again in a few minutes.</source>
        <translation>해시 데이터베이스가 지금 바쁩니다. 몇 분 후에 다시 시도해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank has a problem of its own; please try again later.</source>
        <translation>해시 데이터베이스 자체에 문제가 있습니다. 나중에 다시 시도해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this case token; please check it.</source>
        <translation>해시 데이터베이스가 이 사건 키를 받아들이지 않았습니다. 키를 확인해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused: this case token does not allow that.</source>
        <translation>해시 데이터베이스가 거부했습니다. 이 사건 키로는 그 작업을 할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank does not let people open a case themselves; please ask your support worker for a case token.</source>
        <translation>이 해시 데이터베이스에서는 직접 사건을 열 수 없습니다. 지원 담당자에게 사건 키를 요청해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case was withdrawn, so nothing more can be sent to it; please open a new case.</source>
        <translation>이 사건은 철회되어 더 이상 보낼 수 없습니다. 새 사건을 열어 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this app&apos;s access code; please ask the organisation that gave you SafeHash.</source>
        <translation>해시 데이터베이스가 이 앱의 접근 코드를 받아들이지 않았습니다. SafeHash를 제공한 기관에 문의해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This organisation&apos;s hash bank needs an access code, and none has been entered yet.</source>
        <translation>이 기관의 해시 데이터베이스에는 접근 코드가 필요한데, 아직 입력되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The practice bank could not be started on this computer.</source>
        <translation>이 컴퓨터에서 연습용 데이터베이스를 시작할 수 없었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank does not know this case or sending; it may have been withdrawn.</source>
        <translation>해시 데이터베이스가 이 사건이나 전송을 알지 못합니다. 철회되었을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank already has a different sending under the same reference.</source>
        <translation>해시 데이터베이스에 같은 참조번호로 된 다른 전송이 이미 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are too many photos and videos for one sending; please send them in smaller groups.</source>
        <translation>한 번에 보내기에는 사진과 동영상이 너무 많습니다. 더 작은 묶음으로 나누어 보내세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank cannot take videos, so nothing was sent; please send the photos without the videos.</source>
        <translation>이 해시 데이터베이스는 동영상을 받을 수 없어 아무것도 보내지 않았습니다. 동영상을 빼고 사진만 보내 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent: this hash bank takes none of these fingerprints (it cannot take videos, for example).</source>
        <translation>아무것도 보내지 않았습니다. 이 해시 데이터베이스는 이 지문들을 하나도 받지 않습니다(예를 들어 동영상을 받지 않습니다).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused the request as not valid.</source>
        <translation>해시 데이터베이스가 요청이 올바르지 않다며 거부했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s address must start with https://.</source>
        <translation>해시 데이터베이스 주소는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid web address.</source>
        <translation>올바른 웹 주소가 아닙니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of SafeHash is not set up correctly; please tell the organisation that gave it to you.</source>
        <translation>이 SafeHash는 올바르게 설정되지 않았습니다. 이 프로그램을 제공한 기관에 알려 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved settings could not be read, so SafeHash uses its usual settings.</source>
        <translation>저장된 설정을 읽을 수 없어서 SafeHash가 기본 설정을 사용합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure password store that SafeHash can use, so nothing secret can be remembered.</source>
        <translation>이 컴퓨터에는 SafeHash가 사용할 수 있는 안전한 비밀번호 저장소가 없어서 비밀 정보를 기억할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password store did not answer (it may be locked), so nothing was saved.</source>
        <translation>비밀번호 저장소가 응답하지 않아(잠겨 있을 수 있습니다) 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token is needed; please enter one.</source>
        <translation>사건 키가 필요합니다. 입력해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved list of waiting sendings could not be opened.</source>
        <translation>저장된 대기 전송 목록을 열 수 없었습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid SafeHash file.</source>
        <translation>올바른 SafeHash 파일이 아닙니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the case token.</source>
        <translation>사건 키를 입력해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token cannot contain some of these characters; please check it.</source>
        <translation>사건 키에는 이 문자 중 일부가 들어갈 수 없습니다. 확인해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too short; please check it.</source>
        <translation>사건 키가 너무 짧습니다. 확인해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too long; please check it.</source>
        <translation>사건 키가 너무 깁니다. 확인해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case token has a typing mistake somewhere; please check it.</source>
        <translation>이 사건 키 어딘가에 오타가 있습니다. 확인해 주세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please try again.</source>
        <translation>문제가 생겼습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an animation; only its first picture was used.</source>
        <translation>애니메이션이라서 첫 번째 그림만 사용했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo was turned upright, as a phone shows it.</source>
        <translation>휴대폰에서 보이는 것처럼 사진을 바로 세웠습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is stored turned; its fingerprint was made both as stored and upright, as players show it.</source>
        <translation>동영상이 회전된 채로 저장되어 있어, 저장된 그대로와 플레이어가 보여 주는 바른 방향 모두로 지문을 만들었습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file holds more than one video; only the first one was read.</source>
        <translation>이 파일에는 동영상이 둘 이상 있어 첫 번째 것만 읽었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is cut short or damaged; only the part that plays was read.</source>
        <translation>동영상이 잘렸거나 손상되어 재생되는 부분만 읽었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video says it plays at an unusual speed; its frames were picked by that speed, as other video fingerprint tools do, so their times may be off.</source>
        <translation>동영상의 재생 속도가 일반적이지 않습니다. 다른 동영상 지문 도구처럼 그 속도로 프레임을 골랐으므로 시간이 정확하지 않을 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The case token is %n character(s) too short.</source>
        <translation>
            <numerusform>사건 키가 %n자 짧습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The case token is %n character(s) too long.</source>
        <translation>
            <numerusform>사건 키가 %n자 깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A case token cannot contain %1; please check it.</source>
        <translation>사건 키에는 %1을(를) 넣을 수 없습니다. 확인해 주세요.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../client/safehash/gui/file_dialogs.py" line="+138"/>
        <source>Photos (%1)</source>
        <translation>사진(%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>모든 파일(*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose photos or videos</source>
        <translation>사진이나 동영상 고르기</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos and videos (%1)</source>
        <translation>사진과 동영상(%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (%1)</source>
        <translation>동영상(%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a folder of photos or videos</source>
        <translation>사진이나 동영상 폴더 고르기</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace the file?</source>
        <translation>파일을 바꿀까요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a file named %1. Replace it?</source>
        <extracomment>%1 is the name of a file the person chose to save to.</extracomment>
        <translation>%1 파일이 이미 있습니다. 바꿀까요?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old file</source>
        <translation>기존 파일 유지</translation>
    </message>
</context>
<context>
    <name>Forget</name>
    <message>
        <location filename="../../client/safehash/gui/forget.py" line="+18"/>
        <source>Forget everything?</source>
        <translation>모두 잊을까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash will delete everything it kept on this computer: your settings, a remembered case token and fingerprints waiting to be sent.</source>
        <translation>SafeHash가 이 컴퓨터에 보관한 모든 것을 삭제합니다. 설정, 기억한 사건 키, 보내기를 기다리는 지문이 삭제됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you saved yourself, such as a receipt or a case token file, stay where you saved them: delete them yourself if you no longer need them. What was sent to the bank stays there; withdraw it first if you want it gone.</source>
        <translation>직접 저장한 파일(영수증이나 사건 키 파일 등)은 저장한 곳에 그대로 남습니다. 더 이상 필요 없으면 직접 삭제하세요. 데이터베이스로 보낸 것은 그곳에 남아 있으니, 없애고 싶다면 먼저 철회하세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget everything</source>
        <translation>모두 잊기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>유지</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../client/safehash/gui/i18n.py" line="+224"/>
        <source>English</source>
        <extracomment>The name of your language, written in your language, as it should appear in a list of languages: for example &quot;Español&quot;, &quot;Français&quot;, &quot;Português (Brasil)&quot;.</extracomment>
        <translation>한국어</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/safehash/gui/main_window.py" line="+123"/>
        <location filename="../../client/safehash/gui/pages/done.py" line="-151"/>
        <source>Check or withdraw a case</source>
        <translation>사건 확인 또는 철회</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network log</source>
        <translation>네트워크 기록</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every connection SafeHash made</source>
        <translation>SafeHash가 만든 모든 연결</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Go to the previous step</source>
        <translation>이전 단계로 가기</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Step %1 of %2: %3</source>
        <extracomment>The title of each step: &quot;Step 2 of 5: Add your photos and videos&quot;. A support worker on the phone names the step by its number.</extracomment>
        <translation>%2단계 중 %1단계: %3</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the steps</source>
        <translation>단계로 돌아가기</translation>
    </message>
</context>
<context>
    <name>MediaWords</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/media_words.py" line="+35"/>
        <source>%n photo(s)</source>
        <extracomment>A count inside a sentence, such as &quot;SafeHash will send the fingerprints of 3 photos to ...&quot;, &quot;The bank accepted 3 photos and 1 video.&quot;</extracomment>
        <translation>
            <numerusform>사진 %n장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n video(s)</source>
        <extracomment>A count inside a sentence, such as &quot;SafeHash will send the fingerprints of 1 video to ...&quot;, &quot;The bank accepted 3 photos and 1 video.&quot;</extracomment>
        <translation>
            <numerusform>동영상 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <extracomment>Two counts: %1 is &quot;3 photos&quot;, %2 is &quot;1 video&quot;.</extracomment>
        <translation>%1과 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n video(s) cannot be sent to %1: it takes no videos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>동영상 %n개는 %1에 보낼 수 없습니다. 동영상을 받지 않는 곳입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) cannot be sent to %1: it takes no photos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>사진 %n장은 %1에 보낼 수 없습니다. 사진을 받지 않는 곳입니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) cannot be sent to %1: it takes none of their fingerprints.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>파일 %n개는 %1에 보낼 수 없습니다. 그 파일의 지문을 하나도 받지 않는 곳입니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/network_log.py" line="+38"/>
        <source>Every connection SafeHash made since it started. It never contains your photos or videos, their names or your case token, and it is forgotten when SafeHash closes.</source>
        <translation>SafeHash가 시작된 뒤 만든 모든 연결입니다. 사진이나 동영상, 그 이름, 사건 키는 절대 들어 있지 않으며, SafeHash를 닫으면 잊힙니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list</source>
        <translation>목록 새로 고침</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <extracomment>Column titles of the network log. &quot;Method&quot; is the kind of HTTP request (GET, POST); &quot;Host&quot; the server&apos;s name; &quot;Answer&quot; the server&apos;s status code.</extracomment>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>방식</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>서버</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>경로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>보낸 바이트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes received</source>
        <translation>받은 바이트</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>응답</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network log</source>
        <translation>네트워크 기록</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../client/safehash/gui/widgets.py" line="+172"/>
        <source>Scroll the page</source>
        <translation>페이지 스크롤</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../../client/safehash/gui/photos.py" line="+85"/>
        <source>Pasted picture %1</source>
        <extracomment>The name of a picture pasted from the clipboard (it has no file name); %1 counts them: &quot;Pasted picture 1&quot;, &quot;Pasted picture 2&quot;.</extracomment>
        <translation>붙여 넣은 그림 %1</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Photo or video</source>
        <translation>사진 또는 동영상</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1 read so far…</source>
        <extracomment>A video being read whose length is not known; %1 is how much of it was read, as minutes:seconds (&quot;1:05&quot;).</extracomment>
        <translation>동영상 읽는 중: 지금까지 %1 읽음…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1%</source>
        <extracomment>A video being read; %1 is how much of it is done, in percent (&quot;40&quot;): write the percent sign as your language does (&quot;40 %&quot;, &quot;40٪&quot;).</extracomment>
        <translation>동영상 읽는 중: %1%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready (video, %1)</source>
        <extracomment>A video whose fingerprint is made; %1 is its length, as minutes:seconds (&quot;0:12&quot;) or hours:minutes:seconds.</extracomment>
        <translation>준비됨(동영상, %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too little detail for a dependable match</source>
        <translation>믿을 만하게 대조하기에는 세부 정보가 너무 적음</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../client/safehash/gui/preview.py" line="+33"/>
        <source>A still of your video</source>
        <translation>내 동영상의 정지 화면</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your photo</source>
        <translation>내 사진</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening one still picture of the video…</source>
        <translation>동영상의 정지 화면 하나를 여는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the photo…</source>
        <translation>사진을 여는 중…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A still picture of the video</source>
        <translation>동영상의 정지 화면</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo</source>
        <translation>사진</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One still picture, from about a second into the video. The video is not played.</source>
        <translation>동영상 시작 후 약 1초 지점의 정지 화면 하나입니다. 동영상은 재생되지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only shown here. SafeHash does not keep a copy of it.</source>
        <translation>여기에서만 보여 줍니다. SafeHash는 사본을 보관하지 않습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the picture</source>
        <translation>그림 닫기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the photo</source>
        <translation>사진 닫기</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../client/safehash/gui/qt_strings.py" line="+16"/>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <location filename="../../client/safehash/gui/quick_exit.py" line="+33"/>
        <source>Press %1 twice quickly, or %2, to leave at once.</source>
        <extracomment>%1 is the Esc key, %2 the shortcut Ctrl+Shift+X, as this computer names them.</extracomment>
        <translation>%1 키를 빠르게 두 번 누르거나 %2 키를 누르면 즉시 나갑니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quick exit</source>
        <translation>빠른 나가기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes SafeHash at once and forgets everything. %1</source>
        <translation>SafeHash를 즉시 닫고 모두 잊습니다. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave at once: the window closes and SafeHash forgets everything. %1</source>
        <translation>즉시 나가기: 창이 닫히고 SafeHash가 모두 잊습니다. %1</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/send.py" line="+53"/>
        <source>Sending progress</source>
        <translation>전송 진행 상황</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the same fingerprints again; the bank stores them only once</source>
        <translation>같은 지문을 다시 보냅니다. 데이터베이스는 한 번만 보관합니다</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>Waiting to be sent</source>
        <translation>보내기 대기 중</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sendings that the hash bank does not have yet</source>
        <translation>해시 데이터베이스에 아직 없는 전송</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send again</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected sending again</source>
        <translation>선택한 전송 다시 보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Discard the selected sending</source>
        <translation>선택한 전송 버리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will not be sent</source>
        <translation>보내지 않습니다</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See your receipt</source>
        <translation>영수증 보기</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is nothing to send yet; please go back a step.</source>
        <translation>아직 보낼 것이 없습니다. 한 단계 뒤로 돌아가 주세요.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1, waiting since %2.</source>
        <extracomment>One sending in the list; %1 counts what it holds (&quot;3 photos and 1 video&quot;), %2 is a date and time.</extracomment>
        <translation>%1, %2부터 대기 중.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not held: the hash bank had these fingerprints, but they were withdrawn.</source>
        <translation>보관되지 않음: 해시 데이터베이스에 이 지문들이 있었지만 철회되었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. The hash bank confirmed it.</source>
        <translation>보냈습니다. 해시 데이터베이스가 확인했습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These fingerprints will not be sent. Your photos and videos are not affected.</source>
        <translation>이 지문들은 보내지 않습니다. 사진과 동영상에는 영향이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>유지</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Not sent yet.</source>
        <translation>아직 보내지 못했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Your fingerprints are kept in the list below until they are sent.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>%1 지문은 보낼 때까지 아래 목록에 남아 있습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending the fingerprints…</source>
        <translation>지문을 보내는 중…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 Last try: %2</source>
        <extracomment>%1 is the line above (&quot;3 photos, waiting since ...&quot;), %2 a whole sentence saying what went wrong at the last try.</extracomment>
        <translation>%1 마지막 시도: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These are kept only until SafeHash closes.</source>
        <translation>SafeHash를 닫을 때까지만 보관됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are kept, encrypted, on this computer until they are sent.</source>
        <translation>보낼 때까지 이 컴퓨터에 암호화되어 보관됩니다.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Discard this sending?</source>
        <translation>이 전송을 버릴까요?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/settings_page.py" line="+61"/>
        <location line="+9"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A language you choose is used at once. To keep it for next time, press “%1” below.</source>
        <extracomment>%1 is the name of the button &quot;Save on this computer&quot;.</extracomment>
        <translation>선택한 언어는 바로 적용됩니다. 다음에도 쓰려면 아래의 &apos;%1&apos;을(를) 누르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Save on this computer</source>
        <translation>이 컴퓨터에 저장</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+3"/>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another hash bank (advanced)</source>
        <translation>다른 해시 데이터베이스 사용(고급)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another hash bank</source>
        <translation>다른 해시 데이터베이스 사용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the other hash bank</source>
        <translation>다른 해시 데이터베이스의 주소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash bank</source>
        <translation>해시 데이터베이스</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy address</source>
        <translation>프록시 주소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example socks5h://127.0.0.1:9050 to go through Tor</source>
        <translation>예: Tor를 거치려면 socks5h://127.0.0.1:9050</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to connect directly. To hide that you use SafeHash from your network, enter the address of a proxy such as Tor.</source>
        <translation>직접 연결하려면 비워 두세요. SafeHash를 쓰는 것을 네트워크에서 숨기려면 Tor 같은 프록시의 주소를 입력하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember my case on this computer</source>
        <translation>이 컴퓨터에 내 사건 기억하기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep fingerprints that could not be sent yet, encrypted</source>
        <translation>아직 보내지 못한 지문을 암호화해서 보관하기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep fingerprints that could not be sent yet</source>
        <translation>아직 보내지 못한 지문 보관하기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By default SafeHash remembers nothing: everything is forgotten when it closes.</source>
        <translation>SafeHash는 기본적으로 아무것도 기억하지 않습니다. 닫으면 모두 잊힙니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this computer remembers</source>
        <translation>이 컴퓨터가 기억하는 것</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use until SafeHash closes</source>
        <translation>SafeHash를 닫을 때까지 사용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings until SafeHash closes</source>
        <translation>SafeHash를 닫을 때까지 이 설정 사용</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these settings on this computer</source>
        <translation>이 설정을 이 컴퓨터에 저장</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget everything on this computer…</source>
        <translation>이 컴퓨터에서 모두 잊기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>이 컴퓨터에서 모두 잊기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>SafeHash가 여기에 보관한 모든 것을 삭제합니다: 설정, 기억한 사건, 대기 중인 전송</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything</source>
        <translation>모두 잊기</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes your saved settings, a remembered case token and fingerprints waiting to be sent. Files you saved yourself, such as a receipt or a case token file, stay where you saved them.</source>
        <translation>저장한 설정, 기억한 사건 키, 보내기를 기다리는 지문을 삭제합니다. 직접 저장한 파일(영수증이나 사건 키 파일 등)은 저장한 곳에 그대로 남습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About SafeHash and its licences…</source>
        <translation>SafeHash 정보 및 라이선스…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About SafeHash and its licences</source>
        <translation>SafeHash 정보 및 라이선스</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About SafeHash</source>
        <translation>SafeHash 정보</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which free software SafeHash includes, under which licences, and where its source code is.</source>
        <translation>SafeHash에 포함된 자유 소프트웨어, 그 라이선스, 소스 코드가 있는 곳.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fingerprints are sent to %1, as set by %2.</source>
        <extracomment>%1 is the hash bank (&quot;the practice bank on this computer ...&quot; or its name), %2 the organisation that set up this copy of SafeHash.</extracomment>
        <translation>지문은 %2이(가) 설정한 대로 %1에 보내집니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer&apos;s language</source>
        <translation>컴퓨터의 언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual size</source>
        <translation>보통 크기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger</source>
        <translation>크게</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>가장 크게</translation>
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
        <translation>언어를 바꿨습니다: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The proxy address is not valid: it starts with socks5h://, socks5://, http:// or https://, followed by the proxy&apos;s address and port.</source>
        <translation>프록시 주소가 올바르지 않습니다. socks5h://, socks5://, http:// 또는 https://로 시작하고 그 뒤에 프록시 주소와 포트가 와야 합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A proxy with a password cannot be used from the settings.</source>
        <translation>비밀번호가 있는 프록시는 설정에서 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hash bank address is not valid: %1</source>
        <extracomment>%1 is a whole sentence saying what a valid address looks like.</extracomment>
        <translation>해시 데이터베이스 주소가 올바르지 않습니다: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved on this computer.</source>
        <translation>이 컴퓨터에 저장했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use until SafeHash closes. Nothing was saved.</source>
        <translation>SafeHash를 닫을 때까지 사용합니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../client/safehash/gui/step_indicator.py" line="+38"/>
        <source>Step %1 of %2</source>
        <extracomment>What a screen reader says for the row of step numbers at the top.</extracomment>
        <translation>%2단계 중 %1단계</translation>
    </message>
</context>
<context>
    <name>SupportGuide</name>
    <message>
        <location filename="../../client/safehash/gui/guide_text.py" line="+19"/>
        <source>SafeHash: a step-by-step guide for support workers</source>
        <extracomment>The title of the support worker&apos;s guide (a web page).</extracomment>
        <translation>SafeHash: 지원 담당자를 위한 단계별 안내</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this guide on the phone or beside the person. Each step shows the window as the person sees it, with the step number at the top that you can both name, and what you can say. Let the person press the buttons themselves, and never ask them to send you their photos or videos.</source>
        <translation>전화로 또는 당사자 곁에서 이 안내를 사용하세요. 각 단계는 당사자가 보는 창을 보여 주며, 위쪽에 두 사람이 함께 말할 수 있는 단계 번호와 해 줄 수 있는 말이 있습니다. 버튼은 당사자가 직접 누르게 하고, 사진이나 동영상을 보내 달라고 절대 요청하지 마세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before you start, show the person “%1” in the top corner of every window: it closes SafeHash at once and forgets everything. %2</source>
        <extracomment>%1 is the name of the Quick exit button, %2 the sentence that names its keys.</extracomment>
        <translation>시작하기 전에 모든 창의 위쪽 모서리에 있는 &apos;%1&apos;을(를) 알려 주세요. 누르면 SafeHash가 바로 닫히고 모든 것을 잊습니다. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to say</source>
        <extracomment>The heading above the words a support worker can say at each step.</extracomment>
        <translation>해 줄 말</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash makes a fingerprint of each photo and video on the person&apos;s own computer. Only the fingerprints are sent, never the photos or videos. A fingerprint does not remove photos or videos that are already online. When the person is ready, they press “%1”.</source>
        <extracomment>%1 is the name of the button that starts (on the window: &quot;Start&quot;).</extracomment>
        <translation>SafeHash는 당사자의 컴퓨터에서 각 사진과 동영상의 지문을 만듭니다. 지문만 보내고 사진과 동영상은 절대 보내지 않습니다. 지문은 이미 온라인에 있는 사진이나 동영상을 지우지는 못합니다. 준비가 되면 &apos;%1&apos;을(를) 누릅니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person drags their photos and videos onto the window, or presses “%1” and picks them; they can also open them with SafeHash from their file manager. Nothing is shown unless they ask, and a video is never played: asking shows one still picture from it. A long video takes a while; its row shows how far it has got. When every row says “%2”, they press “%3”.</source>
        <extracomment>%1 is the button that opens the file chooser, %2 the word a row of the list shows when its photo or video has been read (&quot;Ready&quot;), %3 the button that goes on (&quot;Continue&quot;). A &quot;row&quot; is one line of the list of photos and videos.</extracomment>
        <translation>당사자가 사진과 동영상을 창으로 끌어 놓거나 &apos;%1&apos;을(를) 눌러 고릅니다. 파일 관리자에서 SafeHash로 열 수도 있습니다. 요청하지 않으면 아무것도 보이지 않고, 동영상은 절대 재생되지 않습니다. 요청하면 정지 화면 하나만 보여 줍니다. 긴 동영상은 시간이 좀 걸리며, 목록의 그 줄에 얼마나 읽었는지 표시됩니다. 모든 줄에 &apos;%2&apos;이(가) 표시되면 &apos;%3&apos;을(를) 누릅니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This page says what will be sent, and can show the whole message. Photos and videos with too little detail can be left out. The person ticks the box that says the photos and videos are of them, or that they may act for the person in them, and presses “%1”.</source>
        <extracomment>%1 is the button that goes on (&quot;Continue&quot;).</extracomment>
        <translation>이 페이지는 무엇을 보낼지 알려 주고 전체 메시지를 보여 줄 수 있습니다. 세부 정보가 너무 적은 사진과 동영상은 뺄 수 있습니다. 당사자는 사진과 동영상이 본인의 것이거나 그 속의 사람을 대신할 수 있다는 확인란에 표시하고 &apos;%1&apos;을(를) 누릅니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SafeHash sends the fingerprints and shows what the hash bank confirmed. The person can press “%1”: the receipt holds the case reference, never the case token, a photo or a video. If sending fails, the fingerprints wait in a list and can be sent again.</source>
        <extracomment>%1 is the button that saves the receipt.</extracomment>
        <translation>SafeHash가 지문을 보내고 해시 데이터베이스가 확인한 내용을 보여 줍니다. 당사자는 &apos;%1&apos;을(를) 누를 수 있습니다. 영수증에는 사건 참조번호만 있고 사건 키나 사진, 동영상은 절대 없습니다. 보내기에 실패하면 지문은 목록에서 기다리며 다시 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>If you gave the person a case token, they type it here. Otherwise they open a new case: its case token is shown only once, so they write it down or save it somewhere safe. Then they press “%1”.</source>
        <extracomment>%1 is the button that sends (&quot;Send&quot;).</extracomment>
        <translation>당사자에게 사건 키를 주었다면 여기에 입력합니다. 그렇지 않으면 새 사건을 엽니다. 사건 키는 한 번만 보이므로 적어 두거나 안전한 곳에 저장합니다. 그런 다음 &apos;%1&apos;을(를) 누릅니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Later, “%1” at the bottom of the window asks the bank what it holds for the case, and can withdraw it. The person needs the case reference from the receipt and the case token.</source>
        <extracomment>%1 is the name of the link at the bottom of the window (&quot;Check or withdraw a case&quot;).</extracomment>
        <translation>나중에 창 아래쪽의 &apos;%1&apos;에서 데이터베이스가 그 사건에 대해 무엇을 보관하는지 묻고 철회할 수 있습니다. 영수증의 사건 참조번호와 사건 키가 필요합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made from SafeHash %1 itself, in this language. The pictures are practice photos, never anyone&apos;s own.</source>
        <extracomment>%1 is SafeHash&apos;s version number.</extracomment>
        <translation>SafeHash %1에서 이 언어로 직접 만들었습니다. 그림은 연습용 사진이며 누구의 사진도 아닙니다.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/welcome.py" line="+40"/>
        <source>What is sent, and what is not</source>
        <translation>보내는 것과 보내지 않는 것</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What this can and cannot do</source>
        <translation>할 수 있는 일과 할 수 없는 일</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Help and support</source>
        <translation>도움과 지원</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick exit: %1</source>
        <translation>빠른 나가기: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Sent: a fingerprint of each photo and video (a short code made from the picture, often called a hash) and your case token.</source>
        <translation>보내는 것: 각 사진과 동영상의 지문(그림으로 만든 짧은 코드로, 흔히 해시라고 부릅니다)과 사건 키.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never sent: your photos and videos, their names, where they are on this computer, or anything else about you.</source>
        <translation>절대 보내지 않는 것: 사진과 동영상, 그 이름, 이 컴퓨터에서의 위치, 그 밖에 나에 관한 어떤 정보도.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It helps partner platforms block copies of your photos and videos. It does not remove what is already online, and it cannot stop every website.</source>
        <translation>파트너 플랫폼이 내 사진과 동영상의 사본을 차단하도록 돕습니다. 이미 온라인에 있는 것을 지우지는 못하며, 모든 웹사이트를 막을 수도 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fingerprint is sensitive: a rough likeness of a photo, or of moments of a video, can sometimes be rebuilt from it. It is only sent to the bank named here.</source>
        <translation>지문은 민감한 정보입니다. 지문에서 사진이나 동영상 장면의 대략적인 모습을 되살릴 수 있는 경우가 있습니다. 지문은 여기에 적힌 데이터베이스로만 보냅니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If someone in a photo or video was under %1</source>
        <extracomment>%1 is the age, 18, in the digits of your language.</extracomment>
        <translation>사진이나 동영상 속 사람이 %1세 미만이었다면</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to %1, where you can try out every step: nothing leaves this computer.</source>
        <translation>SafeHash는 고른 사진과 동영상마다 지문을 바로 이 컴퓨터에서 만듭니다. 이 지문만 사건 키와 함께 %1(으)로 보내며, 그곳에서 모든 단계를 시험해 볼 수 있습니다. 이 컴퓨터 밖으로 나가는 것은 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to the hash bank used by %1. Partner platforms use them to recognise copies of your photos and videos and block them.</source>
        <translation>SafeHash는 고른 사진과 동영상마다 지문을 바로 이 컴퓨터에서 만듭니다. 이 지문만 사건 키와 함께 %1이(가) 사용하는 해시 데이터베이스로 보냅니다. 파트너 플랫폼은 이 지문으로 내 사진과 동영상의 사본을 알아보고 차단합니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the website in your browser</source>
        <translation>브라우저에서 웹사이트를 엽니다</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>환영합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
</context>
</TS>
