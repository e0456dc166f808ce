<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../client/safehash/gui/about.py" line="+19"/>
        <source>About SafeHash and its licences</source>
        <translation>حول SafeHash وتراخيصه</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash %1 is free software under the Apache License 2.0. It includes other free software, each under its own licence. The list below, in English as the licences are written, names every part, its licence and where its source code is.</source>
        <translation>SafeHash %1 برنامج حر مرخّص بموجب رخصة أباتشي 2.0. ويتضمن برامج حرة أخرى، لكل منها رخصته الخاصة. القائمة أدناه، بالإنجليزية كما كُتبت التراخيص، تذكر كل جزء ورخصته وأين توجد شيفرته المصدرية.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This installation includes parts under the GNU General Public License (%1), so SafeHash as installed here is distributed under the GPL, version 3. You may share it under those terms, and you are entitled to the complete source code of every part.</source>
        <translation>يتضمن هذا التثبيت أجزاء مرخّصة بموجب رخصة جنو العمومية (%1)، لذا يُوزَّع SafeHash كما هو مثبّت هنا بموجب رخصة GPL، الإصدار 3. يمكنك مشاركته وفق هذه الشروط، ولك الحق في الحصول على الشيفرة المصدرية الكاملة لكل جزء.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Software included, licences and sources</source>
        <translation>البرامج المضمّنة وتراخيصها ومصادرها</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>AddPhotosPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/add_photos.py" line="+92"/>
        <source>Choose a folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>اختيار مجلد</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading progress</source>
        <translation>تقدّم القراءة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Add the photos and videos you want to protect: drag them, or whole folders, onto this window, or choose them below. Nothing is shown here unless you ask to see it, and videos are never played.</source>
        <translation>يمكنك إضافة الصور ومقاطع الفيديو المراد حمايتها بسحبها (أو سحب مجلدات كاملة) إلى هذه النافذة، أو باختيارها من الأسفل. لا يُعرض هنا شيء إلا إذا طلبت رؤيته، ولا تُشغَّل مقاطع الفيديو أبدًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose photos or videos…</source>
        <translation>اختيار صور أو مقاطع فيديو…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photos or videos</source>
        <translation>اختيار صور أو مقاطع فيديو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick photos and videos on this computer</source>
        <translation>يفتح نافذة لاختيار صور ومقاطع فيديو من هذا الجهاز</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds every photo and video in a folder</source>
        <translation>يضيف كل الصور ومقاطع الفيديو الموجودة في مجلد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste copied photos or videos</source>
        <translation>لصق الصور أو مقاطع الفيديو المنسوخة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds photos and videos you copied in your file manager, or a picture you copied (%1)</source>
        <extracomment>%1 is the paste shortcut, Ctrl+V on most computers.</extracomment>
        <translation>يضيف الصور ومقاطع الفيديو التي نسختها في مدير الملفات، أو صورة نسختها (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You can also drop photos, videos or folders anywhere on this window.</source>
        <translation>يمكنك أيضًا إفلات الصور أو مقاطع الفيديو أو المجلدات في أي مكان من هذه النافذة.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop reading</source>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and videos not read yet are taken off the list</source>
        <translation>تُزال من القائمة الصور ومقاطع الفيديو التي لم تُقرأ بعد</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your photos and videos</source>
        <translation>صورك ومقاطع الفيديو الخاصة بك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of each photo and video, and what happened to it</source>
        <translation>اسم كل صورة ومقطع فيديو وما حدث له</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show a still of this video</source>
        <translation>عرض لقطة ثابتة من هذا الفيديو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this photo</source>
        <translation>عرض هذه الصورة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows one still picture from the selected video in a separate window; the video is not played, and nothing is saved</source>
        <translation>يعرض لقطة ثابتة واحدة من الفيديو المحدد في نافذة مستقلة؛ لا يُشغَّل الفيديو، ولا يُحفظ أي شيء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the selected photo in a separate window; it is not saved</source>
        <translation>يعرض الصورة المحددة في نافذة مستقلة؛ ولا تُحفظ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected photos and videos</source>
        <translation>إزالة الصور ومقاطع الفيديو المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the selected photos and videos off the list (the files are not touched)</source>
        <translation>يزيل الصور ومقاطع الفيديو المحددة من القائمة (لا تُمسّ الملفات)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear all photos and videos</source>
        <translation>إزالة كل الصور ومقاطع الفيديو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes every photo and video off the list (the files are not touched)</source>
        <translation>يزيل كل الصور ومقاطع الفيديو من القائمة (لا تُمسّ الملفات)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing to paste: the clipboard is empty. Copy photos or videos in your file manager, or copy a picture, then paste again.</source>
        <translation>لا يوجد ما يُلصق: الحافظة فارغة. يمكنك نسخ صور أو مقاطع فيديو في مدير الملفات، أو نسخ صورة، ثم اللصق مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds text, not photos or videos, so nothing was added.</source>
        <translation>تحتوي الحافظة على نص وليس صورًا أو مقاطع فيديو، لذا لم يُضف شيء.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading photos and videos: %1 of %2 done</source>
        <translation>قراءة الصور ومقاطع الفيديو: اكتمل %1 من %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No photos or videos added yet.</source>
        <translation>لم تُضف أي صور أو مقاطع فيديو بعد.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n video(s) ready.</source>
        <translation>
            <numerusform>لا توجد مقاطع فيديو جاهزة.</numerusform>
            <numerusform>مقطع فيديو واحد جاهز.</numerusform>
            <numerusform>مقطعا فيديو جاهزان.</numerusform>
            <numerusform>%Ln مقاطع فيديو جاهزة.</numerusform>
            <numerusform>%Ln مقطع فيديو جاهز.</numerusform>
            <numerusform>%Ln مقطع فيديو جاهز.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n folder(s) could not be opened. Photos and videos inside were not added; the list shows which folder(s).</source>
        <translation>
            <numerusform>لا توجد مجلدات تعذّر فتحها.</numerusform>
            <numerusform>تعذّر فتح مجلد واحد. لم تُضف الصور ومقاطع الفيديو التي بداخله؛ تُظهر القائمة أي مجلد هو.</numerusform>
            <numerusform>تعذّر فتح مجلدين. لم تُضف الصور ومقاطع الفيديو التي بداخلهما؛ تُظهر القائمة أيّهما.</numerusform>
            <numerusform>تعذّر فتح %Ln مجلدات. لم تُضف الصور ومقاطع الفيديو التي بداخلها؛ تُظهر القائمة أي المجلدات هي.</numerusform>
            <numerusform>تعذّر فتح %Ln مجلدًا. لم تُضف الصور ومقاطع الفيديو التي بداخلها؛ تُظهر القائمة أي المجلدات هي.</numerusform>
            <numerusform>تعذّر فتح %Ln مجلد. لم تُضف الصور ومقاطع الفيديو التي بداخلها؛ تُظهر القائمة أي المجلدات هي.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add your photos and videos</source>
        <translation>إضافة صورك ومقاطع الفيديو</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Clear all</source>
        <translation>إزالة الكل</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This picture is on the list already.</source>
        <translation>هذه الصورة موجودة في القائمة بالفعل.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copied picture was added as “%1”. It is read from memory and never saved anywhere.</source>
        <extracomment>%1 is the name it gets in the list: &quot;Pasted picture 1&quot;.</extracomment>
        <translation>أُضيفت الصورة المنسوخة باسم «%1». تُقرأ من الذاكرة ولا تُحفظ في أي مكان.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard names files that are not on this computer (or no longer there), so nothing was added.</source>
        <translation>تذكر الحافظة ملفات ليست على هذا الحاسوب (أو لم تعد موجودة)، لذا لم يُضف شيء.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a web address, not a photo on this computer. Save the photo first, then add the file.</source>
        <translation>تحتوي الحافظة على عنوان ويب وليس صورة على هذا الحاسوب. يُرجى حفظ الصورة أولًا ثم إضافة الملف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a picture in a form SafeHash cannot read safely. Save it as a file first, then add the file.</source>
        <translation>تحتوي الحافظة على صورة بصيغة لا يستطيع SafeHash قراءتها بأمان. يُرجى حفظها في ملف أولًا ثم إضافة الملف.</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n photo(s) ready.</source>
        <translation>
            <numerusform>لا توجد صور جاهزة.</numerusform>
            <numerusform>صورة واحدة جاهزة.</numerusform>
            <numerusform>صورتان جاهزتان.</numerusform>
            <numerusform>%Ln صور جاهزة.</numerusform>
            <numerusform>%Ln صورة جاهزة.</numerusform>
            <numerusform>%Ln صورة جاهزة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n with too little detail.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the photos and videos have too little detail.</extracomment>
        <translation>
            <numerusform>لا توجد صور قليلة التفاصيل.</numerusform>
            <numerusform>صورة واحدة تفاصيلها قليلة جدًا.</numerusform>
            <numerusform>صورتان تفاصيلهما قليلة جدًا.</numerusform>
            <numerusform>%Ln صور تفاصيلها قليلة جدًا.</numerusform>
            <numerusform>%Ln صورة تفاصيلها قليلة جدًا.</numerusform>
            <numerusform>%Ln صورة تفاصيلها قليلة جدًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be read.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the files could not be read.</extracomment>
        <translation>
            <numerusform>لا توجد ملفات تعذّرت قراءتها.</numerusform>
            <numerusform>تعذّرت قراءة ملف واحد.</numerusform>
            <numerusform>تعذّرت قراءة ملفين.</numerusform>
            <numerusform>تعذّرت قراءة %Ln ملفات.</numerusform>
            <numerusform>تعذّرت قراءة %Ln ملفًا.</numerusform>
            <numerusform>تعذّرت قراءة %Ln ملف.</numerusform>
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

تفاصيل للجهة المسؤولة: %2</translation>
    </message>
</context>
<context>
    <name>BankWords</name>
    <message>
        <location filename="../../client/safehash/gui/bank_words.py" line="+33"/>
        <source>the practice bank on this computer</source>
        <extracomment>The practice bank, inside sentences such as &quot;3 photos will be sent as fingerprints to %1.&quot; Use the glossary&apos;s word for &quot;practice bank&quot;.</extracomment>
        <translation>البنك التجريبي على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the practice bank on this computer: nothing leaves this computer, and practice cases last only until SafeHash closes. Their case tokens do not work after that.</source>
        <translation>هذا هو البنك التجريبي على هذا الحاسوب: لا يغادر شيء هذا الحاسوب، وتبقى الحالات التجريبية فقط حتى إغلاق SafeHash. ولا تعمل رموز الحالة الخاصة بها بعد ذلك.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A practice case cannot be remembered: it ends when SafeHash closes.</source>
        <translation>لا يمكن حفظ حالة تجريبية: فهي تنتهي عند إغلاق SafeHash.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The practice bank does not know this case. Practice cases last only until SafeHash closes, so a case from an earlier time is gone; please open a new practice case.</source>
        <translation>لا يعرف البنك التجريبي هذه الحالة. تبقى الحالات التجريبية فقط حتى إغلاق SafeHash، لذا فإن الحالة من مرة سابقة لم تعد موجودة؛ يُرجى فتح حالة تجريبية جديدة.</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case.py" line="+53"/>
        <source>A case token links these fingerprints to your case, so that you or your support worker can check or withdraw them later.</source>
        <translation>يربط رمز الحالة هذه البصمات بحالتك، حتى يمكن لك أو لمرشد الدعم مراجعتها أو سحبها لاحقًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have a case token</source>
        <translation>لديّ رمز حالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case token</source>
        <translation>رمز الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste the case token your support worker gave you</source>
        <translation>يمكنك كتابة رمز الحالة الذي أعطاك إياه مرشد الدعم أو لصقه</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a new case</source>
        <translation>فتح حالة جديدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new case now</source>
        <translation>فتح حالة جديدة الآن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the hash bank for a new case and shows its token once</source>
        <translation>يطلب من بنك البصمات حالة جديدة ويعرض رمزها مرة واحدة فقط</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your new case token</source>
        <translation>رمز حالتك الجديد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the case token</source>
        <translation>نسخ رمز الحالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the token so you can paste it somewhere safe</source>
        <translation>ينسخ الرمز ليتسنى لصقه في مكان آمن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to a file…</source>
        <translation>حفظ في ملف…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the case token to a file</source>
        <translation>حفظ رمز الحالة في ملف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this token down or save it now: SafeHash shows it only this once.</source>
        <translation>يُرجى تدوين هذا الرمز أو حفظه الآن: لن يعرضه SafeHash إلا هذه المرة.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remember this case on this computer</source>
        <translation>تذكّر هذه الحالة على هذا الجهاز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>على هذا الجهاز</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is kept in this computer&apos;s password store, so you can check your case later without typing it. Anyone who can use this computer account may be able to find it. If you share this computer, leave this off.</source>
        <translation>يُحفظ الرمز في مخزن كلمات المرور على هذا الجهاز، ليتسنى مراجعة حالتك لاحقًا دون كتابته. قد يتمكن أي شخص يستخدم حساب المستخدم هذا من العثور عليه. إذا كان هذا الجهاز مشتركًا، فمن الأفضل ترك هذا الخيار مطفأً.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The case is forgotten when SafeHash closes.</source>
        <extracomment>%1 is a whole sentence saying that there is no secure password store.</extracomment>
        <translation>%1 تُنسى الحالة عند إغلاق SafeHash.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your case</source>
        <translation>حالتك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opening a new case…</source>
        <translation>جارٍ فتح حالة جديدة…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. SafeHash empties the clipboard again at Quick exit.</source>
        <translation>تم النسخ. يُفرغ SafeHash الحافظة مرة أخرى عند الخروج السريع.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the case token</source>
        <translation>حفظ رمز الحالة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash case token: %1</source>
        <extracomment>The one line written in a saved token file.</extracomment>
        <translation>رمز حالة SafeHash: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your new case is open.</source>
        <translation>حالتك الجديدة مفتوحة.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Letters and numbers only; dashes are optional.</source>
        <translation>حروف وأرقام فقط؛ الشرطات اختيارية.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This case token looks right.</source>
        <translation>يبدو رمز الحالة هذا صحيحًا.</translation>
    </message>
</context>
<context>
    <name>CaseStatusPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case_status.py" line="+53"/>
        <source>See what the hash bank holds for your case, or ask it to delete the fingerprints. You need the case reference (it is on your receipt) and your case token.</source>
        <translation>يمكنك معرفة ما يحتفظ به بنك البصمات لحالتك، أو طلب حذف البصمات. يلزم لذلك مرجع الحالة (وهو موجود في إيصالك) ورمز الحالة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Case reference</source>
        <translation>مرجع الحالة</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>From your receipt</source>
        <translation>من إيصالك</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Case token</source>
        <translation>رمز الحالة</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hidden as it is typed; “Show” shows it</source>
        <translation>يُخفى أثناء الكتابة؛ زر «إظهار» يُظهره</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+91"/>
        <source>Show the case token</source>
        <translation>إظهار رمز الحالة</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open a saved receipt…</source>
        <translation>فتح إيصال محفوظ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Open a saved receipt</source>
        <translation>فتح إيصال محفوظ</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Fills in the case reference from a receipt you saved</source>
        <translation>يملأ مرجع الحالة من إيصال حفظته</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check status</source>
        <translation>معرفة الحالة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sendings in this case</source>
        <translation>الإرساليات في هذه الحالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw this sending…</source>
        <translation>سحب هذه الإرسالية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected sending</source>
        <translation>سحب الإرسالية المحددة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw the whole case…</source>
        <translation>سحب الحالة كلها…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the whole case</source>
        <translation>سحب الحالة كلها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the bank to delete every fingerprint in it</source>
        <translation>يطلب من البنك حذف كل البصمات التي فيها</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check or withdraw a case</source>
        <translation>مراجعة حالة أو سحبها</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the case token</source>
        <translation>إخفاء رمز الحالة</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please enter the case reference from your receipt.</source>
        <translation>يُرجى إدخال مرجع الحالة الموجود في إيصالك.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is not a SafeHash receipt.</source>
        <translation>هذا الملف ليس إيصالًا من SafeHash.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt opened. Now enter the case token of this case.</source>
        <translation>فُتح الإيصال. يُرجى الآن إدخال رمز الحالة الخاص بهذه الحالة.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This case is open. Nothing has been sent to it yet.</source>
        <translation>هذه الحالة مفتوحة. لم يُرسل إليها شيء بعد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is open, but the bank holds none of its fingerprints: every sending below was withdrawn.</source>
        <translation>هذه الحالة مفتوحة، لكن البنك لا يحتفظ بأي من بصماتها: سُحبت كل الإرساليات أدناه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case is open. The bank holds fingerprints of %1 in it.</source>
        <extracomment>%1 counts what the bank holds: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>هذه الحالة مفتوحة. يحتفظ البنك فيها ببصمات %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 %n sending(s) below were withdrawn.</source>
        <extracomment>%1 is the sentence &quot;This case is open. The bank holds fingerprints of 3 photos in it.&quot;</extracomment>
        <translation>
            <numerusform>%1 لم تُسحب أي إرسالية أدناه.</numerusform>
            <numerusform>%1 سُحبت إرسالية واحدة أدناه.</numerusform>
            <numerusform>%1 سُحبت إرساليتان أدناه.</numerusform>
            <numerusform>%1 سُحبت %Ln إرساليات أدناه.</numerusform>
            <numerusform>%1 سُحبت %Ln إرسالية أدناه.</numerusform>
            <numerusform>%1 سُحبت %Ln إرسالية أدناه.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent %1: %2 held (reference %3)</source>
        <extracomment>One sending in the case: %1 a date and time, %2 what the bank holds of it (&quot;3 photos and 1 video&quot;), %3 its reference code.</extracomment>
        <translation>أُرسلت في %1: يحتفظ البنك ببصمات %2 (المرجع %3)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The bank will delete these fingerprints. Platforms will no longer be able to match copies of these photos and videos.</source>
        <translation>سيحذف البنك هذه البصمات. ولن تتمكن المنصات بعد ذلك من مطابقة نسخ هذه الصور ومقاطع الفيديو.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Withdraw the case</source>
        <translation>سحب الحالة</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Asking the hash bank…</source>
        <translation>جارٍ سؤال بنك البصمات…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This case was withdrawn: the bank deleted its fingerprints.</source>
        <translation>سُحبت هذه الحالة: حذف البنك بصماتها.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent %1: withdrawn (reference %2)</source>
        <extracomment>One withdrawn sending: %1 a date and time, %2 its reference code.</extracomment>
        <translation>أُرسلت في %1: سُحبت (المرجع %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Withdrawn: the bank confirmed that it deleted these fingerprints.</source>
        <translation>سُحبت: أكد البنك أنه حذف هذه البصمات.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdraw this sending?</source>
        <translation>سحب هذه الإرسالية؟</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Withdraw the whole case?</source>
        <translation>سحب الحالة كلها؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank will delete every fingerprint in this case, and nothing more can be sent to it.</source>
        <translation>سيحذف البنك كل البصمات في هذه الحالة، ولن يمكن إرسال أي شيء إليها بعد ذلك.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/check.py" line="+44"/>
        <source>For each photo, SafeHash sends</source>
        <translation>لكل صورة، يرسل SafeHash</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This bank takes only file fingerprints of videos: they find exact copies of a video, not one that was shortened or saved again.</source>
        <translation>لا يقبل هذا البنك من مقاطع الفيديو إلا بصمات الملفات: وهي تجد النسخ المطابقة تمامًا للفيديو، لا فيديو قُصّر أو أُعيد حفظه.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each video, SafeHash sends</source>
        <translation>لكل مقطع فيديو، يرسل SafeHash</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also sent, and never sent</source>
        <translation>ما يُرسل أيضًا، وما لا يُرسل أبدًا</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+90"/>
        <source>Show exactly what will be sent</source>
        <translation>عرض ما سيُرسل بالضبط</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Shows the message SafeHash will send to the bank, word for word</source>
        <translation>يعرض الرسالة التي سيرسلها SafeHash إلى البنك، حرفًا بحرف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly what will be sent</source>
        <translation>ما سيُرسل بالضبط</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the whole message. The case token travels with it as a password (it is not shown here), and the reference below as its label.</source>
        <translation>هذه هي الرسالة كاملة. يُرسل رمز الحالة معها ككلمة مرور (ولا يظهر هنا)، ويُرسل المرجع أدناه كعنوان لها.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Also sent: your case token, which shows the bank these photos and videos belong to your case, and a random reference so that sending twice stores them only once.</source>
        <translation>يُرسل أيضًا: رمز حالتك، الذي يبيّن للبنك أن هذه الصور ومقاطع الفيديو تخص حالتك، ومرجع عشوائي حتى لا تُحفظ إلا مرة واحدة إذا أُرسلت مرتين.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never sent: the photos and videos themselves, their names, where they are on this computer, or when they were taken.</source>
        <translation>لا يُرسل أبدًا: الصور ومقاطع الفيديو نفسها، وأسماؤها، ومكانها على هذا الجهاز، ووقت التقاطها.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave out the photos and videos with too little detail</source>
        <translation>استبعاد الصور ومقاطع الفيديو قليلة التفاصيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They may not be recognised by platforms</source>
        <translation>قد لا تتعرّف المنصات عليها</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too little detail</source>
        <translation>تفاصيل قليلة جدًا</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These photos and videos are of me, or I am allowed to act for the person in them.</source>
        <translation>هذه الصور ومقاطع الفيديو لي، أو يحق لي التصرف نيابةً عن الشخص الظاهر فيها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I confirm these photos and videos are of me, or that I may act for the person in them</source>
        <translation>أؤكد أن هذه الصور ومقاطع الفيديو لي، أو أنه يحق لي التصرف نيابةً عن الشخص الظاهر فيها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your confirmation</source>
        <translation>تأكيدك</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check what will be sent</source>
        <translation>مراجعة ما سيُرسل</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the hash bank what it accepts…</source>
        <translation>جارٍ سؤال بنك البصمات عمّا يقبله…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The hash bank could not be asked yet: %1 This is checked again when sending.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>تعذّر سؤال بنك البصمات حتى الآن: %1 سيُعاد التحقق من ذلك عند الإرسال.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hide the exact message</source>
        <translation>إخفاء الرسالة بالضبط</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>SafeHash will send the fingerprints of %1 to %2.</source>
        <extracomment>%1 counts what is sent: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;; %2 is the name of the hash bank.</extracomment>
        <translation>سيرسل SafeHash بصمات %1 إلى %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n photo(s) will be sent as fingerprints to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>لن تُرسل أي صورة كبصمة إلى %1.</numerusform>
            <numerusform>ستُرسل صورة واحدة كبصمات إلى %1.</numerusform>
            <numerusform>ستُرسل صورتان كبصمات إلى %1.</numerusform>
            <numerusform>ستُرسل %Ln صور كبصمات إلى %1.</numerusform>
            <numerusform>ستُرسل %Ln صورة كبصمات إلى %1.</numerusform>
            <numerusform>ستُرسل %Ln صورة كبصمات إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A picture fingerprint (PDQ), which still matches after a photo is resized or re-saved.</source>
        <translation>بصمة للصورة (PDQ)، تبقى مطابقة حتى بعد تغيير حجم الصورة أو إعادة حفظها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second picture fingerprint (pHash), for platforms that use it.</source>
        <translation>بصمة ثانية للصورة (pHash)، للمنصات التي تستخدمها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file fingerprint (MD5), which matches only exact copies.</source>
        <translation>بصمة للملف (MD5)، لا تطابق إلا النسخ المطابقة تمامًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second file fingerprint (SHA-256), for exact copies.</source>
        <translation>بصمة ثانية للملف (SHA-256)، للنسخ المطابقة تمامًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video fingerprint (vPDQ): a picture fingerprint of one frame each second, which still matches after a video is resized or re-saved.</source>
        <translation>بصمة فيديو (vPDQ): بصمة صورة للقطة واحدة من كل ثانية، تبقى مطابقة حتى بعد تغيير حجم الفيديو أو إعادة حفظه.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Too little detail for a dependable match in %n photo(s): very dark, plain or tiny pictures have little detail. Platforms may not recognise copies of them.</source>
        <translation>
            <numerusform>لا توجد صور تفاصيلها قليلة جدًا.</numerusform>
            <numerusform>تفاصيل صورة واحدة قليلة جدًا لمطابقة يُعتمد عليها: قد تكون داكنة جدًا أو بلون واحد أو صغيرة جدًا. قد لا تتعرّف المنصات على نسخها.</numerusform>
            <numerusform>تفاصيل صورتين قليلة جدًا لمطابقة يُعتمد عليها: قد تكونان داكنتين جدًا أو بلون واحد أو صغيرتين جدًا. قد لا تتعرّف المنصات على نسخهما.</numerusform>
            <numerusform>تفاصيل %Ln صور قليلة جدًا لمطابقة يُعتمد عليها: قد تكون داكنة جدًا أو بلون واحد أو صغيرة جدًا. قد لا تتعرّف المنصات على نسخها.</numerusform>
            <numerusform>تفاصيل %Ln صورة قليلة جدًا لمطابقة يُعتمد عليها: قد تكون داكنة جدًا أو بلون واحد أو صغيرة جدًا. قد لا تتعرّف المنصات على نسخها.</numerusform>
            <numerusform>تفاصيل %Ln صورة قليلة جدًا لمطابقة يُعتمد عليها: قد تكون داكنة جدًا أو بلون واحد أو صغيرة جدًا. قد لا تتعرّف المنصات على نسخها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>In %n video(s), no frame has enough detail for a dependable match: the video may be very dark or plain. If sent, their file fingerprints still find exact copies.</source>
        <translation>
            <numerusform>لا توجد مقاطع فيديو تفاصيلها قليلة جدًا.</numerusform>
            <numerusform>في مقطع فيديو واحد، لا توجد لقطة بتفاصيل كافية لمطابقة يُعتمد عليها: قد يكون داكنًا جدًا أو بلون واحد. إذا أُرسل، تظل بصمة ملفه تجد النسخ المطابقة تمامًا.</numerusform>
            <numerusform>في مقطعي فيديو، لا توجد لقطة بتفاصيل كافية لمطابقة يُعتمد عليها: قد يكونان داكنين جدًا أو بلون واحد. إذا أُرسلا، تظل بصمتا ملفيهما تجدان النسخ المطابقة تمامًا.</numerusform>
            <numerusform>في %Ln مقاطع فيديو، لا توجد لقطة بتفاصيل كافية لمطابقة يُعتمد عليها: قد تكون داكنة جدًا أو بلون واحد. إذا أُرسلت، تظل بصمات ملفاتها تجد النسخ المطابقة تمامًا.</numerusform>
            <numerusform>في %Ln مقطع فيديو، لا توجد لقطة بتفاصيل كافية لمطابقة يُعتمد عليها: قد تكون داكنة جدًا أو بلون واحد. إذا أُرسلت، تظل بصمات ملفاتها تجد النسخ المطابقة تمامًا.</numerusform>
            <numerusform>في %Ln مقطع فيديو، لا توجد لقطة بتفاصيل كافية لمطابقة يُعتمد عليها: قد تكون داكنة جدًا أو بلون واحد. إذا أُرسلت، تظل بصمات ملفاتها تجد النسخ المطابقة تمامًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n file(s) could not be read and will not be sent.</source>
        <translation>
            <numerusform>لا توجد ملفات تعذّرت قراءتها.</numerusform>
            <numerusform>تعذّرت قراءة ملف واحد ولن يُرسل.</numerusform>
            <numerusform>تعذّرت قراءة ملفين ولن يُرسلا.</numerusform>
            <numerusform>تعذّرت قراءة %Ln ملفات ولن تُرسل.</numerusform>
            <numerusform>تعذّرت قراءة %Ln ملفًا ولن تُرسل.</numerusform>
            <numerusform>تعذّرت قراءة %Ln ملف ولن تُرسل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n folder(s) could not be opened. Photos and videos inside will not be sent; step 2 shows which folder(s).</source>
        <translation>
            <numerusform>لا توجد مجلدات تعذّر فتحها.</numerusform>
            <numerusform>تعذّر فتح مجلد واحد. لن تُرسل الصور ومقاطع الفيديو التي بداخله؛ تُظهر الخطوة الثانية أي مجلد هو.</numerusform>
            <numerusform>تعذّر فتح مجلدين. لن تُرسل الصور ومقاطع الفيديو التي بداخلهما؛ تُظهر الخطوة الثانية أيّهما.</numerusform>
            <numerusform>تعذّر فتح %Ln مجلدات. لن تُرسل الصور ومقاطع الفيديو التي بداخلها؛ تُظهر الخطوة الثانية أي المجلدات هي.</numerusform>
            <numerusform>تعذّر فتح %Ln مجلدًا. لن تُرسل الصور ومقاطع الفيديو التي بداخلها؛ تُظهر الخطوة الثانية أي المجلدات هي.</numerusform>
            <numerusform>تعذّر فتح %Ln مجلد. لن تُرسل الصور ومقاطع الفيديو التي بداخلها؛ تُظهر الخطوة الثانية أي المجلدات هي.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing will be sent: no photo or video is chosen.</source>
        <translation>لن يُرسل أي شيء: لم تُختر أي صورة أو مقطع فيديو.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Reference (Idempotency-Key): %1</source>
        <extracomment>&quot;Idempotency-Key&quot; is the technical name of the reference; keep it as it is.</extracomment>
        <translation>المرجع (Idempotency-Key): %1</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/close_guard.py" line="+25"/>
        <source>%n sending(s) not yet received by the hash bank.</source>
        <translation>
            <numerusform>لا توجد إرساليات تنتظر الوصول إلى بنك البصمات.</numerusform>
            <numerusform>لم تصل إرسالية واحدة إلى بنك البصمات بعد.</numerusform>
            <numerusform>لم تصل إرساليتان إلى بنك البصمات بعد.</numerusform>
            <numerusform>لم تصل %Ln إرساليات إلى بنك البصمات بعد.</numerusform>
            <numerusform>لم تصل %Ln إرسالية إلى بنك البصمات بعد.</numerusform>
            <numerusform>لم تصل %Ln إرسالية إلى بنك البصمات بعد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close SafeHash?</source>
        <translation>إغلاق SafeHash؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you close SafeHash now, they are forgotten: nothing was kept on this computer. You can stay and press Send again, or close anyway.</source>
        <translation>إذا أُغلق SafeHash الآن، فستُنسى: لم يُحفظ أي شيء على هذا الجهاز. يمكنك البقاء والضغط على «إعادة الإرسال»، أو الإغلاق على أي حال.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay and send</source>
        <translation>البقاء والإرسال</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Close anyway</source>
        <translation>الإغلاق على أي حال</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/done.py" line="+46"/>
        <source>Receipt details</source>
        <translation>تفاصيل الإيصال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt</source>
        <translation>إيصالك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking or withdrawing later</source>
        <translation>المراجعة أو السحب لاحقًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To see what the bank holds, or to ask it to delete these fingerprints, press “%1” at the bottom of the window and enter your case token and case reference. Saving the receipt keeps the case reference for you; it holds no token, photo or fingerprint.</source>
        <extracomment>%1 is the name of the button &quot;Check or withdraw a case&quot;.</extracomment>
        <translation>لمعرفة ما يحتفظ به البنك، أو لطلب حذف هذه البصمات، يمكنك الضغط على «%1» أسفل النافذة ثم إدخال رمز الحالة ومرجع الحالة. حفظ الإيصال يُبقي مرجع الحالة معك؛ ولا يحتوي الإيصال على أي رمز أو صورة أو بصمة.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save receipt…</source>
        <translation>حفظ الإيصال…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt to a file</source>
        <translation>حفظ الإيصال في ملف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this case now</source>
        <translation>مراجعة هذه الحالة الآن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send more photos or videos</source>
        <translation>إرسال مزيد من الصور أو مقاطع الفيديو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts again at step 2 with the same case</source>
        <translation>يبدأ من جديد عند الخطوة 2 بالحالة نفسها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything on this computer…</source>
        <translation>نسيان كل شيء على هذا الجهاز…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>نسيان كل شيء على هذا الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>يحذف كل ما احتفظ به SafeHash هنا: الإعدادات، والحالة المحفوظة، والإرساليات المنتظرة</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On this computer</source>
        <translation>على هذا الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you close SafeHash, it forgets the photos, videos, fingerprints and case token of this session by itself.</source>
        <translation>عند إغلاق SafeHash، ينسى من تلقاء نفسه صور هذه الجلسة ومقاطع الفيديو والبصمات ورمز الحالة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing has been sent yet.</source>
        <translation>لم يُرسل أي شيء بعد.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These fingerprints had reached %1 before, but they were withdrawn since.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>كانت هذه البصمات قد وصلت إلى %1 من قبل، لكنها سُحبت منذ ذلك الحين.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bank deleted them: it holds none of these photos or videos. To send them again, open a new case.</source>
        <translation>حذفها البنك: لا يحتفظ بأي شيء من هذه الصور ومقاطع الفيديو. لإرسالها من جديد، يُرجى فتح حالة جديدة.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank deleted them: it holds none of these photos. To send them again, open a new case.</source>
        <translation>حذفها البنك: لا يحتفظ بأي من هذه الصور. لإرسالها من جديد، يُرجى فتح حالة جديدة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your fingerprints were sent to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>أُرسلت بصماتك إلى %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bank already had these fingerprints. Check the case to see what it holds now.</source>
        <translation>كانت هذه البصمات لدى البنك من قبل. يمكنك التحقق من الحالة لمعرفة ما يحتفظ به الآن.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) or video(s) of them now.</source>
        <translation>
            <numerusform>كانت هذه البصمات لدى البنك من قبل؛ ولا يحتفظ الآن بأي منها.</numerusform>
            <numerusform>كانت هذه البصمات لدى البنك من قبل؛ ويحتفظ الآن ببصمات صورة أو مقطع فيديو واحد منها.</numerusform>
            <numerusform>كانت هذه البصمات لدى البنك من قبل؛ ويحتفظ الآن ببصمات اثنين من هذه الصور ومقاطع الفيديو.</numerusform>
            <numerusform>كانت هذه البصمات لدى البنك من قبل؛ ويحتفظ الآن ببصمات %Ln من هذه الصور ومقاطع الفيديو.</numerusform>
            <numerusform>كانت هذه البصمات لدى البنك من قبل؛ ويحتفظ الآن ببصمات %Ln من هذه الصور ومقاطع الفيديو.</numerusform>
            <numerusform>كانت هذه البصمات لدى البنك من قبل؛ ويحتفظ الآن ببصمات %Ln من هذه الصور ومقاطع الفيديو.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) of them now.</source>
        <translation>
            <numerusform>كانت هذه البصمات لدى البنك من قبل؛ ولا يحتفظ الآن بأي صورة منها.</numerusform>
            <numerusform>كانت هذه البصمات لدى البنك من قبل؛ ويحتفظ الآن بصورة واحدة منها.</numerusform>
            <numerusform>كانت هذه البصمات لدى البنك من قبل؛ ويحتفظ الآن بصورتين منها.</numerusform>
            <numerusform>كانت هذه البصمات لدى البنك من قبل؛ ويحتفظ الآن بـ %Ln صور منها.</numerusform>
            <numerusform>كانت هذه البصمات لدى البنك من قبل؛ ويحتفظ الآن بـ %Ln صورة منها.</numerusform>
            <numerusform>كانت هذه البصمات لدى البنك من قبل؛ ويحتفظ الآن بـ %Ln صورة منها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The bank accepted %n photo(s).</source>
        <translation>
            <numerusform>لم يقبل البنك أي صورة.</numerusform>
            <numerusform>قبل البنك صورة واحدة.</numerusform>
            <numerusform>قبل البنك صورتين.</numerusform>
            <numerusform>قبل البنك %Ln صور.</numerusform>
            <numerusform>قبل البنك %Ln صورة.</numerusform>
            <numerusform>قبل البنك %Ln صورة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 It did not accept %n photo(s), usually because of too little detail.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos.&quot;; %n how many it did not.</extracomment>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1 ولم يقبل صورة واحدة، غالبًا لأن تفاصيلها قليلة جدًا.</numerusform>
            <numerusform>%1 ولم يقبل صورتين، غالبًا لأن تفاصيلهما قليلة جدًا.</numerusform>
            <numerusform>%1 ولم يقبل %Ln صور، غالبًا لأن تفاصيلها قليلة جدًا.</numerusform>
            <numerusform>%1 ولم يقبل %Ln صورة، غالبًا لأن تفاصيلها قليلة جدًا.</numerusform>
            <numerusform>%1 ولم يقبل %Ln صورة، غالبًا لأن تفاصيلها قليلة جدًا.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Case reference: %1
Sending reference: %2
Received: %3</source>
        <extracomment>Three lines of the receipt; the references are codes (in groups of four, to be read aloud), the last a date and time.</extracomment>
        <translation>مرجع الحالة: %1
مرجع الإرسالية: %2
وقت الاستلام: %3</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Anything you asked it to keep (settings, a remembered case, sendings waiting to be sent) stays until you press the button below. Files you saved yourself, such as this receipt or a case token file, are never deleted by SafeHash.</source>
        <translation>كل ما طلبت الاحتفاظ به (الإعدادات، حالة محفوظة، إرساليات تنتظر الإرسال) يبقى حتى الضغط على الزر أدناه. أما الملفات التي حفظتها بنفسك، مثل هذا الإيصال أو ملف رمز الحالة، فلا يحذفها SafeHash أبدًا.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The bank accepted %1.</source>
        <extracomment>%1 counts what the bank accepted: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>قبل البنك %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank accepted none of them.</source>
        <translation>لم يقبل البنك أيًّا منها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 It did not accept %2.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos and 1 video.&quot;; %2 counts what it did not accept: &quot;1 video&quot;.</extracomment>
        <translation>%1 ولم يقبل %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the receipt</source>
        <translation>حفظ الإيصال</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt was saved.</source>
        <translation>حُفظ الإيصال.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../client/safehash/gui/error_text.py" line="+40"/>
        <source>This file could not be read.</source>
        <translation>تعذّرت قراءة هذا الملف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer there; it may have been moved or deleted.</source>
        <translation>الملف لم يعد موجودًا؛ ربما نُقل أو حُذف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be opened; you may not have permission to read it.</source>
        <translation>تعذّر فتح الملف؛ ربما لا يوجد إذن بقراءته.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file changed while it was being read; please add it again.</source>
        <translation>تغيّر الملف أثناء قراءته؛ يُرجى إضافته مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a photo SafeHash can read.</source>
        <translation>الملف أكبر من أن يكون صورة يستطيع SafeHash قراءتها.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo is incomplete or damaged, so it cannot be read to the end.</source>
        <translation>الصورة غير مكتملة أو تالفة، فلا يمكن قراءتها حتى النهاية.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is far larger than any camera photo, so it was not opened, to protect this computer.</source>
        <translation>هذه الصورة أكبر بكثير من أي صورة كاميرا، لذلك لم تُفتح، حمايةً لهذا الجهاز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is damaged and could not be read.</source>
        <translation>الصورة تالفة وتعذّرت قراءتها.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is built in a way no camera or phone writes, so it was not opened, to protect this computer.</source>
        <translation>هذه الصورة مبنية بطريقة لا تكتبها أي كاميرا أو هاتف، لذلك لم تُفتح، حمايةً لهذا الجهاز.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file made SafeHash&apos;s reader stop, so it was not hashed; it may be damaged or made to cause harm. Your other files are safe.</source>
        <translation>تسبّب هذا الملف في توقّف قارئ SafeHash، لذلك لم تُصنع له بصمة؛ ربما يكون تالفًا أو مصنوعًا لإلحاق الضرر. ملفاتك الأخرى في أمان.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file gave an answer SafeHash cannot trust, so it was not hashed; it may be made to cause harm.</source>
        <translation>أعطت قراءة هذا الملف إجابة لا يستطيع SafeHash الوثوق بها، لذلك لم تُصنع له بصمة؛ ربما يكون مصنوعًا لإلحاق الضرر.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This is not a photo or video but a folder or a special file.</source>
        <translation>هذا ليس صورة ولا فيديو، بل مجلد أو ملف خاص.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shortcut points back to itself, so there is nothing to read.</source>
        <translation>يشير هذا الاختصار إلى نفسه، لذا لا يوجد ما يُقرأ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty, so there is no photo or video in it.</source>
        <translation>الملف فارغ، لذا لا توجد فيه صورة ولا فيديو.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a photo or video SafeHash can read.</source>
        <translation>هذا الملف ليس صورة ولا فيديو يستطيع SafeHash قراءته.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This video is stored in a form SafeHash cannot read, so it was not opened.</source>
        <translation>هذا الفيديو محفوظ بصيغة لا يستطيع SafeHash قراءتها، لذا لم يُفتح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file holds no video (only sound, or nothing that plays), so there is nothing to read.</source>
        <translation>لا يحتوي هذا الملف على فيديو (صوت فقط، أو لا شيء يُشغَّل)، لذا لا يوجد ما يُقرأ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video is damaged and could not be played, so it was not read.</source>
        <translation>الفيديو تالف ولم يمكن تشغيله، لذا لم يُقرأ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video does not say how fast it plays, so SafeHash cannot make its fingerprint.</source>
        <translation>لا يذكر الفيديو سرعة تشغيله، لذا لا يستطيع SafeHash صنع بصمته.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video is longer than %1 hours, the most SafeHash reads in one video, so it was not read.</source>
        <extracomment>%1 is a number of hours (4), in the digits of your language.</extracomment>
        <translation>مدة الفيديو أطول من %1 ساعات، وهي أقصى ما يقرؤه SafeHash من فيديو واحد، لذا لم يُقرأ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video&apos;s picture is far larger than any camera films, so it was not opened, to protect this computer.</source>
        <translation>صورة الفيديو أكبر بكثير مما تصوره أي كاميرا، لذا لم يُفتح حمايةً لهذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file took far longer than it should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>استغرقت قراءة هذا الملف وقتًا أطول بكثير مما ينبغي، لذا أوقفها SafeHash؛ قد يكون تالفًا أو مصنوعًا لإلحاق الضرر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file needed far more memory than any photo or video should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>احتاجت قراءة هذا الملف ذاكرة أكبر بكثير مما تحتاجه أي صورة أو فيديو، لذا أوقفها SafeHash؛ قد يكون تالفًا أو مصنوعًا لإلحاق الضرر.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder could not be opened, so the photos and videos in it were not added; you may not have permission to read it.</source>
        <translation>تعذّر فتح هذا المجلد، لذا لم تُضف الصور والفيديوهات التي فيه؛ قد لا يكون لديك إذن بقراءته.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped.</source>
        <translation>تم الإيقاف.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not read this file because of a problem of its own.</source>
        <translation>تعذّر على SafeHash قراءة هذا الملف بسبب مشكلة لديه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hash bank could not be reached or did not accept the request.</source>
        <translation>تعذّر الوصول إلى بنك البصمات، أو لم يقبل الطلب.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect to the hash bank; please check that this computer is online.</source>
        <translation>تعذّر على SafeHash الاتصال ببنك البصمات؛ يُرجى التأكد من اتصال هذا الجهاز بالإنترنت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect through the proxy; please check that it (or Tor) is running.</source>
        <translation>تعذّر على SafeHash الاتصال عبر الوكيل؛ يُرجى التأكد من أنه (أو Tor) يعمل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank took too long to answer; please try again later.</source>
        <translation>استغرق بنك البصمات وقتًا طويلًا للرد؛ يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s security certificate could not be checked, so nothing was sent.</source>
        <translation>تعذّر التحقق من شهادة الأمان لبنك البصمات، لذلك لم يُرسل أي شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not show the security key SafeHash expects, so nothing was sent.</source>
        <translation>لم يُظهر بنك البصمات مفتاح الأمان الذي يتوقعه SafeHash، لذلك لم يُرسل أي شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank tried to send SafeHash somewhere else; SafeHash did not follow.</source>
        <translation>حاول بنك البصمات توجيه SafeHash إلى مكان آخر؛ ولم يتبعه SafeHash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s answer was far too large, so SafeHash ignored it.</source>
        <translation>كان رد بنك البصمات كبيرًا جدًا، لذلك تجاهله SafeHash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank gave an answer SafeHash does not understand.</source>
        <translation>أعطى بنك البصمات ردًا لا يفهمه SafeHash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank is busy right now; please try again in a few minutes.</source>
        <translation>بنك البصمات مشغول الآن؛ يُرجى المحاولة بعد بضع دقائق.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank has a problem of its own; please try again later.</source>
        <translation>لدى بنك البصمات مشكلة من جهته؛ يُرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this case token; please check it.</source>
        <translation>لم يقبل بنك البصمات رمز الحالة هذا؛ يُرجى التحقق منه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused: this case token does not allow that.</source>
        <translation>رفض بنك البصمات: رمز الحالة هذا لا يسمح بذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank does not let people open a case themselves; please ask your support worker for a case token.</source>
        <translation>لا يسمح بنك البصمات هذا بفتح حالة ذاتيًا؛ يُرجى طلب رمز حالة من مرشد الدعم.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case was withdrawn, so nothing more can be sent to it; please open a new case.</source>
        <translation>سُحبت هذه الحالة، فلا يمكن إرسال أي شيء إليها بعد الآن؛ يُرجى فتح حالة جديدة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this app&apos;s access code; please ask the organisation that gave you SafeHash.</source>
        <translation>لم يقبل بنك البصمات رمز الوصول الخاص بهذا التطبيق؛ يُرجى التواصل مع الجهة التي قدّمت لك SafeHash.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This organisation&apos;s hash bank needs an access code, and none has been entered yet.</source>
        <translation>يحتاج بنك البصمات لدى هذه الجهة إلى رمز وصول، ولم يُدخل أي رمز بعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The practice bank could not be started on this computer.</source>
        <translation>تعذّر تشغيل البنك التجريبي على هذا الجهاز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank does not know this case or sending; it may have been withdrawn.</source>
        <translation>لا يعرف بنك البصمات هذه الحالة أو هذه الإرسالية؛ ربما سُحبت.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank already has a different sending under the same reference.</source>
        <translation>لدى بنك البصمات إرسالية أخرى مختلفة بالمرجع نفسه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are too many photos and videos for one sending; please send them in smaller groups.</source>
        <translation>هذه صور وفيديوهات كثيرة جدًا لإرسالية واحدة؛ يُرجى إرسالها في مجموعات أصغر.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank cannot take videos, so nothing was sent; please send the photos without the videos.</source>
        <translation>لا يستطيع بنك البصمات هذا قبول مقاطع الفيديو، لذا لم يُرسل أي شيء؛ يُرجى إرسال الصور دون مقاطع الفيديو.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent: this hash bank takes none of these fingerprints (it cannot take videos, for example).</source>
        <translation>لم يُرسل أي شيء: لا يقبل بنك البصمات هذا أيًّا من هذه البصمات (لا يقبل مقاطع الفيديو مثلًا).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused the request as not valid.</source>
        <translation>رفض بنك البصمات الطلب لأنه غير صالح.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s address must start with https://.</source>
        <translation>يجب أن يبدأ عنوان بنك البصمات بـ https://.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid web address.</source>
        <translation>هذا ليس عنوان ويب صالحًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of SafeHash is not set up correctly; please tell the organisation that gave it to you.</source>
        <translation>نسخة SafeHash هذه غير مُعدّة بشكل صحيح؛ يُرجى إبلاغ الجهة التي قدّمتها لك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved settings could not be read, so SafeHash uses its usual settings.</source>
        <translation>تعذّرت قراءة إعداداتك المحفوظة، لذلك يستخدم SafeHash إعداداته المعتادة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure password store that SafeHash can use, so nothing secret can be remembered.</source>
        <translation>لا يوجد على هذا الجهاز مخزن آمن لكلمات المرور يمكن لـ SafeHash استخدامه، لذلك لا يمكن تذكّر أي شيء سري.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password store did not answer (it may be locked), so nothing was saved.</source>
        <translation>لم يستجب مخزن كلمات المرور (ربما هو مقفل)، لذلك لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token is needed; please enter one.</source>
        <translation>يلزم رمز حالة؛ يُرجى إدخال رمز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved list of waiting sendings could not be opened.</source>
        <translation>تعذّر فتح قائمة الإرساليات المنتظرة المحفوظة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid SafeHash file.</source>
        <translation>هذا ليس ملف SafeHash صالحًا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the case token.</source>
        <translation>يُرجى إدخال رمز الحالة.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token cannot contain some of these characters; please check it.</source>
        <translation>لا يمكن أن يحتوي رمز الحالة على بعض هذه الأحرف؛ يُرجى التحقق منه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too short; please check it.</source>
        <translation>رمز الحالة قصير جدًا؛ يُرجى التحقق منه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too long; please check it.</source>
        <translation>رمز الحالة طويل جدًا؛ يُرجى التحقق منه.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case token has a typing mistake somewhere; please check it.</source>
        <translation>يوجد خطأ في الكتابة في مكان ما من رمز الحالة هذا؛ يُرجى التحقق منه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please try again.</source>
        <translation>حدث خطأ ما. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an animation; only its first picture was used.</source>
        <translation>هذه صورة متحركة؛ استُخدمت صورتها الأولى فقط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo was turned upright, as a phone shows it.</source>
        <translation>عُدّل اتجاه الصورة لتظهر معتدلة، كما يعرضها الهاتف.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is stored turned; its fingerprint was made both as stored and upright, as players show it.</source>
        <translation>الفيديو محفوظ مُدارًا؛ صُنعت بصمته كما هو محفوظ وأيضًا معتدلًا كما تعرضه المشغّلات.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file holds more than one video; only the first one was read.</source>
        <translation>يحتوي هذا الملف على أكثر من فيديو؛ قُرئ الأول فقط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is cut short or damaged; only the part that plays was read.</source>
        <translation>الفيديو مقطوع أو تالف؛ قُرئ الجزء الذي يعمل فقط.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video says it plays at an unusual speed; its frames were picked by that speed, as other video fingerprint tools do, so their times may be off.</source>
        <translation>يذكر الفيديو سرعة تشغيل غير معتادة؛ اختيرت إطاراته وفق تلك السرعة كما تفعل أدوات بصمات الفيديو الأخرى، لذا قد لا تكون أوقاتها دقيقة.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The case token is %n character(s) too short.</source>
        <translation>
            <numerusform>رمز الحالة مكتمل الطول.</numerusform>
            <numerusform>ينقص رمز الحالة حرف واحد.</numerusform>
            <numerusform>ينقص رمز الحالة حرفان.</numerusform>
            <numerusform>ينقص رمز الحالة %Ln أحرف.</numerusform>
            <numerusform>ينقص رمز الحالة %Ln حرفًا.</numerusform>
            <numerusform>ينقص رمز الحالة %Ln حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The case token is %n character(s) too long.</source>
        <translation>
            <numerusform>رمز الحالة مكتمل الطول.</numerusform>
            <numerusform>في رمز الحالة حرف واحد زائد.</numerusform>
            <numerusform>في رمز الحالة حرفان زائدان.</numerusform>
            <numerusform>في رمز الحالة %Ln أحرف زائدة.</numerusform>
            <numerusform>في رمز الحالة %Ln حرفًا زائدًا.</numerusform>
            <numerusform>في رمز الحالة %Ln حرف زائد.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A case token cannot contain %1; please check it.</source>
        <translation>لا يمكن أن يحتوي رمز الحالة على %1؛ يُرجى التحقق منه.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../client/safehash/gui/file_dialogs.py" line="+138"/>
        <source>Photos (%1)</source>
        <translation>صور (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose photos or videos</source>
        <translation>اختيار صور أو مقاطع فيديو</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos and videos (%1)</source>
        <translation>صور ومقاطع فيديو (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (%1)</source>
        <translation>مقاطع فيديو (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a folder of photos or videos</source>
        <translation>اختيار مجلد صور أو مقاطع فيديو</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a file named %1. Replace it?</source>
        <extracomment>%1 is the name of a file the person chose to save to.</extracomment>
        <translation>يوجد بالفعل ملف باسم %1. هل يُستبدل؟</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old file</source>
        <translation>الإبقاء على الملف القديم</translation>
    </message>
</context>
<context>
    <name>Forget</name>
    <message>
        <location filename="../../client/safehash/gui/forget.py" line="+18"/>
        <source>Forget everything?</source>
        <translation>نسيان كل شيء؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash will delete everything it kept on this computer: your settings, a remembered case token and fingerprints waiting to be sent.</source>
        <translation>سيحذف SafeHash كل ما احتفظ به على هذا الحاسوب: الإعدادات، ورمز الحالة المحفوظ، والبصمات التي تنتظر الإرسال.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you saved yourself, such as a receipt or a case token file, stay where you saved them: delete them yourself if you no longer need them. What was sent to the bank stays there; withdraw it first if you want it gone.</source>
        <translation>الملفات التي حفظتها بنفسك، مثل إيصال أو ملف رمز الحالة، تبقى حيث حفظتها: يمكنك حذفها بنفسك إن لم تعد بحاجة إليها. وما أُرسل إلى البنك يبقى هناك؛ يُرجى سحبه أولًا إن أردت إزالته.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget everything</source>
        <translation>نسيان كل شيء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../client/safehash/gui/i18n.py" line="+224"/>
        <source>English</source>
        <extracomment>The name of your language, written in your language, as it should appear in a list of languages: for example &quot;Español&quot;, &quot;Français&quot;, &quot;Português (Brasil)&quot;.</extracomment>
        <translation>العربية</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/safehash/gui/main_window.py" line="+123"/>
        <location filename="../../client/safehash/gui/pages/done.py" line="-151"/>
        <source>Check or withdraw a case</source>
        <translation>مراجعة حالة أو سحبها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network log</source>
        <translation>سجل الشبكة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every connection SafeHash made</source>
        <translation>كل اتصال أجراه SafeHash</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Go to the previous step</source>
        <translation>الانتقال إلى الخطوة السابقة</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Step %1 of %2: %3</source>
        <extracomment>The title of each step: &quot;Step 2 of 5: Add your photos and videos&quot;. A support worker on the phone names the step by its number.</extracomment>
        <translation>الخطوة %1 من %2: %3</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the steps</source>
        <translation>العودة إلى الخطوات</translation>
    </message>
</context>
<context>
    <name>MediaWords</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/media_words.py" line="+35"/>
        <source>%n photo(s)</source>
        <extracomment>A count inside a sentence, such as &quot;SafeHash will send the fingerprints of 3 photos to ...&quot;, &quot;The bank accepted 3 photos and 1 video.&quot;</extracomment>
        <translation>
            <numerusform>لا صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتين</numerusform>
            <numerusform>%Ln صور</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n video(s)</source>
        <extracomment>A count inside a sentence, such as &quot;SafeHash will send the fingerprints of 1 video to ...&quot;, &quot;The bank accepted 3 photos and 1 video.&quot;</extracomment>
        <translation>
            <numerusform>لا مقاطع فيديو</numerusform>
            <numerusform>مقطع فيديو واحد</numerusform>
            <numerusform>مقطعي فيديو</numerusform>
            <numerusform>%Ln مقاطع فيديو</numerusform>
            <numerusform>%Ln مقطع فيديو</numerusform>
            <numerusform>%Ln مقطع فيديو</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <extracomment>Two counts: %1 is &quot;3 photos&quot;, %2 is &quot;1 video&quot;.</extracomment>
        <translation>%1 و%2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n video(s) cannot be sent to %1: it takes no videos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>لا يتعذّر إرسال أي مقطع فيديو إلى %1.</numerusform>
            <numerusform>يتعذّر إرسال مقطع فيديو واحد إلى %1: فهو لا يقبل مقاطع الفيديو.</numerusform>
            <numerusform>يتعذّر إرسال مقطعي فيديو إلى %1: فهو لا يقبل مقاطع الفيديو.</numerusform>
            <numerusform>يتعذّر إرسال %Ln مقاطع فيديو إلى %1: فهو لا يقبل مقاطع الفيديو.</numerusform>
            <numerusform>يتعذّر إرسال %Ln مقطع فيديو إلى %1: فهو لا يقبل مقاطع الفيديو.</numerusform>
            <numerusform>يتعذّر إرسال %Ln مقطع فيديو إلى %1: فهو لا يقبل مقاطع الفيديو.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) cannot be sent to %1: it takes no photos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>لا يتعذّر إرسال أي صورة إلى %1.</numerusform>
            <numerusform>يتعذّر إرسال صورة واحدة إلى %1: فهو لا يقبل الصور.</numerusform>
            <numerusform>يتعذّر إرسال صورتين إلى %1: فهو لا يقبل الصور.</numerusform>
            <numerusform>يتعذّر إرسال %Ln صور إلى %1: فهو لا يقبل الصور.</numerusform>
            <numerusform>يتعذّر إرسال %Ln صورة إلى %1: فهو لا يقبل الصور.</numerusform>
            <numerusform>يتعذّر إرسال %Ln صورة إلى %1: فهو لا يقبل الصور.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) cannot be sent to %1: it takes none of their fingerprints.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>لا يتعذّر إرسال أي ملف إلى %1.</numerusform>
            <numerusform>يتعذّر إرسال ملف واحد إلى %1: فهو لا يقبل أيًّا من بصماته.</numerusform>
            <numerusform>يتعذّر إرسال ملفين إلى %1: فهو لا يقبل أيًّا من بصماتهما.</numerusform>
            <numerusform>يتعذّر إرسال %Ln ملفات إلى %1: فهو لا يقبل أيًّا من بصماتها.</numerusform>
            <numerusform>يتعذّر إرسال %Ln ملفًا إلى %1: فهو لا يقبل أيًّا من بصماتها.</numerusform>
            <numerusform>يتعذّر إرسال %Ln ملف إلى %1: فهو لا يقبل أيًّا من بصماتها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/network_log.py" line="+38"/>
        <source>Every connection SafeHash made since it started. It never contains your photos or videos, their names or your case token, and it is forgotten when SafeHash closes.</source>
        <translation>كل اتصال أجراه SafeHash منذ تشغيله. لا يحتوي أبدًا على صورك أو مقاطع الفيديو الخاصة بك أو أسمائها أو رمز حالتك، ويُنسى عند إغلاق SafeHash.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections</source>
        <translation>الاتصالات</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list</source>
        <translation>تحديث القائمة</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <extracomment>Column titles of the network log. &quot;Method&quot; is the kind of HTTP request (GET, POST); &quot;Host&quot; the server&apos;s name; &quot;Answer&quot; the server&apos;s status code.</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>المسار</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>البايتات المرسلة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes received</source>
        <translation>البايتات المستلمة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network log</source>
        <translation>سجل الشبكة</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../client/safehash/gui/widgets.py" line="+172"/>
        <source>Scroll the page</source>
        <translation>تمرير الصفحة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../../client/safehash/gui/photos.py" line="+85"/>
        <source>Pasted picture %1</source>
        <extracomment>The name of a picture pasted from the clipboard (it has no file name); %1 counts them: &quot;Pasted picture 1&quot;, &quot;Pasted picture 2&quot;.</extracomment>
        <translation>صورة ملصقة %1</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Photo or video</source>
        <translation>صورة أو مقطع فيديو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1 read so far…</source>
        <extracomment>A video being read whose length is not known; %1 is how much of it was read, as minutes:seconds (&quot;1:05&quot;).</extracomment>
        <translation>قراءة الفيديو: قُرئ %1 حتى الآن…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1%</source>
        <extracomment>A video being read; %1 is how much of it is done, in percent (&quot;40&quot;): write the percent sign as your language does (&quot;40 %&quot;, &quot;40٪&quot;).</extracomment>
        <translation>قراءة الفيديو: %1٪</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready (video, %1)</source>
        <extracomment>A video whose fingerprint is made; %1 is its length, as minutes:seconds (&quot;0:12&quot;) or hours:minutes:seconds.</extracomment>
        <translation>جاهز (فيديو، %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>جاهزة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too little detail for a dependable match</source>
        <translation>تفاصيلها قليلة جدًا لمطابقة يُعتمد عليها</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../client/safehash/gui/preview.py" line="+33"/>
        <source>A still of your video</source>
        <translation>لقطة ثابتة من الفيديو الخاص بك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your photo</source>
        <translation>صورتك</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening one still picture of the video…</source>
        <translation>جارٍ فتح لقطة ثابتة من الفيديو…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the photo…</source>
        <translation>جارٍ فتح الصورة…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A still picture of the video</source>
        <translation>لقطة ثابتة من الفيديو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One still picture, from about a second into the video. The video is not played.</source>
        <translation>لقطة ثابتة واحدة، من نحو ثانية بعد بداية الفيديو. لا يُشغَّل الفيديو.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only shown here. SafeHash does not keep a copy of it.</source>
        <translation>تُعرض هنا فقط. لا يحتفظ SafeHash بأي نسخة منها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the picture</source>
        <translation>إغلاق الصورة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the photo</source>
        <translation>إغلاق الصورة</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../client/safehash/gui/qt_strings.py" line="+16"/>
        <source>&amp;Yes</source>
        <translation>&amp;نعم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <location filename="../../client/safehash/gui/quick_exit.py" line="+33"/>
        <source>Press %1 twice quickly, or %2, to leave at once.</source>
        <extracomment>%1 is the Esc key, %2 the shortcut Ctrl+Shift+X, as this computer names them.</extracomment>
        <translation>يمكنك المغادرة فورًا بالضغط على %1 مرتين بسرعة، أو على %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quick exit</source>
        <translation>خروج سريع</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes SafeHash at once and forgets everything. %1</source>
        <translation>يغلق SafeHash فورًا وينسى كل شيء. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave at once: the window closes and SafeHash forgets everything. %1</source>
        <translation>المغادرة فورًا: تُغلق النافذة وينسى SafeHash كل شيء. %1</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/send.py" line="+53"/>
        <source>Sending progress</source>
        <translation>تقدّم الإرسال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>المحاولة مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the same fingerprints again; the bank stores them only once</source>
        <translation>يرسل البصمات نفسها مرة أخرى؛ ولا يحفظها البنك إلا مرة واحدة</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sendings that the hash bank does not have yet</source>
        <translation>إرساليات لم تصل إلى بنك البصمات بعد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send again</source>
        <translation>إعادة الإرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected sending again</source>
        <translation>إعادة إرسال الإرسالية المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Discard the selected sending</source>
        <translation>تجاهل الإرسالية المحددة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will not be sent</source>
        <translation>لن تُرسل</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See your receipt</source>
        <translation>عرض إيصالك</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is nothing to send yet; please go back a step.</source>
        <translation>لا يوجد شيء لإرساله بعد؛ يُرجى الرجوع خطوة.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1, waiting since %2.</source>
        <extracomment>One sending in the list; %1 counts what it holds (&quot;3 photos and 1 video&quot;), %2 is a date and time.</extracomment>
        <translation>%1، بالانتظار منذ %2.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not held: the hash bank had these fingerprints, but they were withdrawn.</source>
        <translation>غير محفوظة: كانت هذه البصمات لدى بنك البصمات، لكنها سُحبت.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. The hash bank confirmed it.</source>
        <translation>أُرسلت. أكّد بنك البصمات الاستلام.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These fingerprints will not be sent. Your photos and videos are not affected.</source>
        <translation>لن تُرسل هذه البصمات. ولن تتأثر صورك ومقاطع الفيديو الخاصة بك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Not sent yet.</source>
        <translation>لم تُرسل بعد.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Your fingerprints are kept in the list below until they are sent.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>%1 تبقى بصماتك في القائمة أدناه حتى تُرسل.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending the fingerprints…</source>
        <translation>جارٍ إرسال البصمات…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 Last try: %2</source>
        <extracomment>%1 is the line above (&quot;3 photos, waiting since ...&quot;), %2 a whole sentence saying what went wrong at the last try.</extracomment>
        <translation>%1 آخر محاولة: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These are kept only until SafeHash closes.</source>
        <translation>تُحفظ فقط حتى إغلاق SafeHash.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are kept, encrypted, on this computer until they are sent.</source>
        <translation>تُحفظ مشفّرة على هذا الجهاز حتى تُرسل.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Discard this sending?</source>
        <translation>تجاهل هذه الإرسالية؟</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/settings_page.py" line="+61"/>
        <location line="+9"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A language you choose is used at once. To keep it for next time, press “%1” below.</source>
        <extracomment>%1 is the name of the button &quot;Save on this computer&quot;.</extracomment>
        <translation>تُستخدم اللغة المختارة فورًا. للاحتفاظ بها في المرة القادمة، يمكنك الضغط على «%1» أدناه.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Save on this computer</source>
        <translation>الحفظ على هذا الجهاز</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+3"/>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another hash bank (advanced)</source>
        <translation>استخدام بنك بصمات آخر (متقدم)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another hash bank</source>
        <translation>استخدام بنك بصمات آخر</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the other hash bank</source>
        <translation>عنوان بنك البصمات الآخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash bank</source>
        <translation>بنك البصمات</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy address</source>
        <translation>عنوان الوكيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example socks5h://127.0.0.1:9050 to go through Tor</source>
        <translation>مثلًا socks5h://127.0.0.1:9050 للمرور عبر Tor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to connect directly. To hide that you use SafeHash from your network, enter the address of a proxy such as Tor.</source>
        <translation>يُترك الحقل فارغًا للاتصال مباشرة. ولإخفاء استخدامك SafeHash عن شبكتك، يمكنك إدخال عنوان وكيل مثل Tor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember my case on this computer</source>
        <translation>تذكّر حالتي على هذا الجهاز</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep fingerprints that could not be sent yet, encrypted</source>
        <translation>الاحتفاظ بالبصمات التي لم يمكن إرسالها بعد، مشفّرةً</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep fingerprints that could not be sent yet</source>
        <translation>الاحتفاظ بالبصمات التي لم يمكن إرسالها بعد</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By default SafeHash remembers nothing: everything is forgotten when it closes.</source>
        <translation>افتراضيًا لا يتذكّر SafeHash أي شيء: يُنسى كل شيء عند إغلاقه.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this computer remembers</source>
        <translation>ما يتذكّره هذا الجهاز</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use until SafeHash closes</source>
        <translation>الاستخدام حتى إغلاق SafeHash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings until SafeHash closes</source>
        <translation>استخدام هذه الإعدادات حتى إغلاق SafeHash</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these settings on this computer</source>
        <translation>حفظ هذه الإعدادات على هذا الجهاز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget everything on this computer…</source>
        <translation>نسيان كل شيء على هذا الحاسوب…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>نسيان كل شيء على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>يحذف كل ما احتفظ به SafeHash هنا: الإعدادات، والحالة المحفوظة، والإرساليات المنتظرة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything</source>
        <translation>نسيان كل شيء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes your saved settings, a remembered case token and fingerprints waiting to be sent. Files you saved yourself, such as a receipt or a case token file, stay where you saved them.</source>
        <translation>يحذف الإعدادات المحفوظة، ورمز الحالة المحفوظ، والبصمات التي تنتظر الإرسال. أما الملفات التي حفظتها بنفسك، مثل إيصال أو ملف رمز الحالة، فتبقى حيث حفظتها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About SafeHash and its licences…</source>
        <translation>حول SafeHash وتراخيصه…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About SafeHash and its licences</source>
        <translation>حول SafeHash وتراخيصه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About SafeHash</source>
        <translation>حول SafeHash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which free software SafeHash includes, under which licences, and where its source code is.</source>
        <translation>ما البرامج الحرة التي يتضمنها SafeHash، وبأي تراخيص، وأين توجد شيفرتها المصدرية.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fingerprints are sent to %1, as set by %2.</source>
        <extracomment>%1 is the hash bank (&quot;the practice bank on this computer ...&quot; or its name), %2 the organisation that set up this copy of SafeHash.</extracomment>
        <translation>تُرسل البصمات إلى %1، كما حدّدت %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer&apos;s language</source>
        <translation>لغة الجهاز</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual size</source>
        <translation>الحجم المعتاد</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger</source>
        <translation>أكبر</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>الأكبر</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2%)</source>
        <extracomment>A text size: %1 its name (&quot;Larger&quot;), %2 how big, in per cent (&quot;125&quot;).</extracomment>
        <translation>%1 (%2٪)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Language changed: %1.</source>
        <extracomment>Shown (and read out) after the person picks a language; %1 is its name.</extracomment>
        <translation>تغيّرت اللغة: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The proxy address is not valid: it starts with socks5h://, socks5://, http:// or https://, followed by the proxy&apos;s address and port.</source>
        <translation>عنوان الوكيل غير صالح: يبدأ بـ socks5h:// أو socks5:// أو http:// أو https://، يليه عنوان الوكيل ومنفذه.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A proxy with a password cannot be used from the settings.</source>
        <translation>لا يمكن استخدام وكيل بكلمة مرور من الإعدادات.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hash bank address is not valid: %1</source>
        <extracomment>%1 is a whole sentence saying what a valid address looks like.</extracomment>
        <translation>عنوان بنك البصمات غير صالح: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved on this computer.</source>
        <translation>حُفظت على هذا الجهاز.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use until SafeHash closes. Nothing was saved.</source>
        <translation>قيد الاستخدام حتى إغلاق SafeHash. لم يُحفظ أي شيء.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../client/safehash/gui/step_indicator.py" line="+38"/>
        <source>Step %1 of %2</source>
        <extracomment>What a screen reader says for the row of step numbers at the top.</extracomment>
        <translation>الخطوة %1 من %2</translation>
    </message>
</context>
<context>
    <name>SupportGuide</name>
    <message>
        <location filename="../../client/safehash/gui/guide_text.py" line="+19"/>
        <source>SafeHash: a step-by-step guide for support workers</source>
        <extracomment>The title of the support worker&apos;s guide (a web page).</extracomment>
        <translation>SafeHash: دليل خطوة بخطوة لمرشدي الدعم</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this guide on the phone or beside the person. Each step shows the window as the person sees it, with the step number at the top that you can both name, and what you can say. Let the person press the buttons themselves, and never ask them to send you their photos or videos.</source>
        <translation>يمكنك استخدام هذا الدليل عبر الهاتف أو بجانب الشخص. تعرض كل خطوة النافذة كما يراها الشخص، مع رقم الخطوة في الأعلى ليذكره كلاكما، وما يمكنك قوله. دع الشخص يضغط على الأزرار بنفسه، ولا تطلب منه أبدًا أن يرسل إليك صوره أو مقاطع الفيديو الخاصة به.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before you start, show the person “%1” in the top corner of every window: it closes SafeHash at once and forgets everything. %2</source>
        <extracomment>%1 is the name of the Quick exit button, %2 the sentence that names its keys.</extracomment>
        <translation>قبل البدء، يُرجى أن تُري الشخص زر «%1» في الزاوية العليا من كل نافذة: فهو يغلق SafeHash فورًا وينسى كل شيء. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to say</source>
        <extracomment>The heading above the words a support worker can say at each step.</extracomment>
        <translation>ما يمكن قوله</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash makes a fingerprint of each photo and video on the person&apos;s own computer. Only the fingerprints are sent, never the photos or videos. A fingerprint does not remove photos or videos that are already online. When the person is ready, they press “%1”.</source>
        <extracomment>%1 is the name of the button that starts (on the window: &quot;Start&quot;).</extracomment>
        <translation>يصنع SafeHash بصمة لكل صورة ومقطع فيديو على حاسوب الشخص نفسه. تُرسل البصمات فقط، ولا تُرسل الصور ومقاطع الفيديو أبدًا. لا تزيل البصمة الصور ومقاطع الفيديو المنشورة على الإنترنت. عندما يكون الشخص مستعدًا، يضغط على «%1».</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person drags their photos and videos onto the window, or presses “%1” and picks them; they can also open them with SafeHash from their file manager. Nothing is shown unless they ask, and a video is never played: asking shows one still picture from it. A long video takes a while; its row shows how far it has got. When every row says “%2”, they press “%3”.</source>
        <extracomment>%1 is the button that opens the file chooser, %2 the word a row of the list shows when its photo or video has been read (&quot;Ready&quot;), %3 the button that goes on (&quot;Continue&quot;). A &quot;row&quot; is one line of the list of photos and videos.</extracomment>
        <translation>يسحب الشخص صوره ومقاطع الفيديو إلى النافذة، أو يضغط على «%1» ويختارها؛ ويمكنه أيضًا فتحها بـ SafeHash من مدير الملفات. لا يُعرض شيء إلا عند طلبه، ولا يُشغَّل الفيديو أبدًا: عند الطلب تظهر منه لقطة ثابتة واحدة فقط. يستغرق الفيديو الطويل بعض الوقت، ويُظهر سطره في القائمة مقدار ما قُرئ منه. عندما تظهر «%2» في كل سطر، يضغط على «%3».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This page says what will be sent, and can show the whole message. Photos and videos with too little detail can be left out. The person ticks the box that says the photos and videos are of them, or that they may act for the person in them, and presses “%1”.</source>
        <extracomment>%1 is the button that goes on (&quot;Continue&quot;).</extracomment>
        <translation>تبيّن هذه الصفحة ما سيُرسل، ويمكنها عرض الرسالة كاملة. يمكن استبعاد الصور ومقاطع الفيديو ذات التفاصيل القليلة جدًا. يحدد الشخص المربع الذي يؤكد أن الصور ومقاطع الفيديو له، أو أن له الحق في التصرف نيابة عن الشخص الذي فيها، ثم يضغط على «%1».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SafeHash sends the fingerprints and shows what the hash bank confirmed. The person can press “%1”: the receipt holds the case reference, never the case token, a photo or a video. If sending fails, the fingerprints wait in a list and can be sent again.</source>
        <extracomment>%1 is the button that saves the receipt.</extracomment>
        <translation>يرسل SafeHash البصمات ويعرض ما أكده بنك البصمات. يمكن للشخص الضغط على «%1»: يحتوي الإيصال على مرجع الحالة، ولا يحتوي أبدًا على رمز الحالة أو أي صورة أو مقطع فيديو. إذا فشل الإرسال، تنتظر البصمات في قائمة ويمكن إرسالها من جديد.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>If you gave the person a case token, they type it here. Otherwise they open a new case: its case token is shown only once, so they write it down or save it somewhere safe. Then they press “%1”.</source>
        <extracomment>%1 is the button that sends (&quot;Send&quot;).</extracomment>
        <translation>إذا أعطيت الشخص رمز حالة، يكتبه هنا. وإلا فيفتح حالة جديدة: يظهر رمز الحالة مرة واحدة فقط، لذا يدوّنه أو يحفظه في مكان آمن. ثم يضغط على «%1».</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Later, “%1” at the bottom of the window asks the bank what it holds for the case, and can withdraw it. The person needs the case reference from the receipt and the case token.</source>
        <extracomment>%1 is the name of the link at the bottom of the window (&quot;Check or withdraw a case&quot;).</extracomment>
        <translation>لاحقًا، يسأل زر «%1» أسفل النافذة البنك عما يحتفظ به للحالة، ويمكنه سحبها. يحتاج الشخص إلى مرجع الحالة من الإيصال وإلى رمز الحالة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made from SafeHash %1 itself, in this language. The pictures are practice photos, never anyone&apos;s own.</source>
        <extracomment>%1 is SafeHash&apos;s version number.</extracomment>
        <translation>صُنع من SafeHash %1 نفسه، بهذه اللغة. الصور صور تجريبية، وليست صور أي شخص.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/welcome.py" line="+40"/>
        <source>What is sent, and what is not</source>
        <translation>ما يُرسل وما لا يُرسل</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What this can and cannot do</source>
        <translation>ما يمكن لهذا فعله وما لا يمكنه</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Help and support</source>
        <translation>المساعدة والدعم</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick exit: %1</source>
        <translation>خروج سريع: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Sent: a fingerprint of each photo and video (a short code made from the picture, often called a hash) and your case token.</source>
        <translation>يُرسل: بصمة لكل صورة ومقطع فيديو (رمز قصير مصنوع من الصورة، يُسمّى غالبًا «هاش») ورمز حالتك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never sent: your photos and videos, their names, where they are on this computer, or anything else about you.</source>
        <translation>لا يُرسل أبدًا: صورك ومقاطع الفيديو الخاصة بك، وأسماؤها، ومكانها على هذا الجهاز، ولا أي شيء آخر عنك.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It helps partner platforms block copies of your photos and videos. It does not remove what is already online, and it cannot stop every website.</source>
        <translation>يساعد المنصات الشريكة على حجب نسخ صورك ومقاطع الفيديو الخاصة بك. لكنه لا يزيل ما هو موجود على الإنترنت بالفعل، ولا يستطيع إيقاف كل المواقع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fingerprint is sensitive: a rough likeness of a photo, or of moments of a video, can sometimes be rebuilt from it. It is only sent to the bank named here.</source>
        <translation>البصمة معلومة حساسة: يمكن أحيانًا إعادة بناء شكل تقريبي لصورة، أو للحظات من فيديو، منها. ولا تُرسل إلا إلى البنك المذكور هنا.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If someone in a photo or video was under %1</source>
        <extracomment>%1 is the age, 18, in the digits of your language.</extracomment>
        <translation>إذا كان أحد من في الصورة أو الفيديو دون %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to %1, where you can try out every step: nothing leaves this computer.</source>
        <translation>يصنع SafeHash بصمة لكل صورة ومقطع فيديو تختاره، هنا على هذا الحاسوب. تُرسل هذه البصمات فقط، مع رمز الحالة، إلى %1، حيث يمكنك تجربة كل خطوة: لا يغادر شيء هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to the hash bank used by %1. Partner platforms use them to recognise copies of your photos and videos and block them.</source>
        <translation>يصنع SafeHash بصمة لكل صورة ومقطع فيديو مختار، هنا على هذا الجهاز. لا يُرسل سوى هذه البصمات، مع رمز حالتك، إلى بنك البصمات الذي تستخدمه %1. وتستخدمها المنصات الشريكة للتعرّف على نسخ صورك ومقاطع الفيديو الخاصة بك وحجبها.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the website in your browser</source>
        <translation>يفتح الموقع في متصفحك</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
</context>
</TS>
