<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../client/safehash/gui/about.py" line="+19"/>
        <source>About SafeHash and its licences</source>
        <translation>SafeHash और उसके लाइसेंसों के बारे में</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash %1 is free software under the Apache License 2.0. It includes other free software, each under its own licence. The list below, in English as the licences are written, names every part, its licence and where its source code is.</source>
        <translation>SafeHash %1 Apache License 2.0 के तहत मुक्त सॉफ़्टवेयर है। इसमें अन्य मुक्त सॉफ़्टवेयर भी शामिल हैं, हर एक अपने लाइसेंस के तहत। नीचे दी गई सूची, अंग्रेज़ी में जैसे लाइसेंस लिखे गए हैं, हर हिस्से, उसके लाइसेंस और उसके सोर्स कोड की जगह बताती है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This installation includes parts under the GNU General Public License (%1), so SafeHash as installed here is distributed under the GPL, version 3. You may share it under those terms, and you are entitled to the complete source code of every part.</source>
        <translation>इस इंस्टॉलेशन में GNU General Public License (%1) के तहत आने वाले हिस्से शामिल हैं, इसलिए यहाँ इंस्टॉल किया गया SafeHash GPL, संस्करण 3 के तहत वितरित होता है। आप इसे उन शर्तों पर साझा कर सकते हैं, और आपको हर हिस्से का पूरा सोर्स कोड पाने का अधिकार है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Software included, licences and sources</source>
        <translation>शामिल सॉफ़्टवेयर, लाइसेंस और सोर्स</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
</context>
<context>
    <name>AddPhotosPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/add_photos.py" line="+92"/>
        <source>Choose a folder…</source>
        <translation>फ़ोल्डर चुनें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Reading progress</source>
        <translation>पढ़ने की प्रगति</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Add the photos and videos you want to protect: drag them, or whole folders, onto this window, or choose them below. Nothing is shown here unless you ask to see it, and videos are never played.</source>
        <translation>जिन फ़ोटो और वीडियो को आप सुरक्षित करना चाहते हैं, उन्हें जोड़ें: उन्हें (या पूरे फ़ोल्डर) इस विंडो पर खींचें, या नीचे से चुनें। जब तक आप देखने के लिए न कहें, यहाँ कुछ नहीं दिखाया जाता, और वीडियो कभी चलाए नहीं जाते।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose photos or videos…</source>
        <translation>फ़ोटो या वीडियो चुनें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photos or videos</source>
        <translation>फ़ोटो या वीडियो चुनें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens a window to pick photos and videos on this computer</source>
        <translation>इस कंप्यूटर पर फ़ोटो और वीडियो चुनने के लिए एक विंडो खोलता है</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Adds every photo and video in a folder</source>
        <translation>किसी फ़ोल्डर की सभी फ़ोटो और वीडियो जोड़ता है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste copied photos or videos</source>
        <translation>कॉपी की गई फ़ोटो या वीडियो चिपकाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds photos and videos you copied in your file manager, or a picture you copied (%1)</source>
        <extracomment>%1 is the paste shortcut, Ctrl+V on most computers.</extracomment>
        <translation>फ़ाइल मैनेजर में कॉपी की गई फ़ोटो और वीडियो, या कॉपी की गई कोई तस्वीर जोड़ता है (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You can also drop photos, videos or folders anywhere on this window.</source>
        <translation>आप फ़ोटो, वीडियो या फ़ोल्डर इस विंडो पर कहीं भी छोड़ सकते हैं।</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stop reading</source>
        <translation>पढ़ना रोकें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and videos not read yet are taken off the list</source>
        <translation>जो फ़ोटो और वीडियो अभी तक नहीं पढ़े गए, वे सूची से हटा दिए जाते हैं</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your photos and videos</source>
        <translation>आपकी फ़ोटो और वीडियो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of each photo and video, and what happened to it</source>
        <translation>हर फ़ोटो और वीडियो का नाम, और उसके साथ क्या हुआ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show a still of this video</source>
        <translation>इस वीडियो की एक स्थिर तस्वीर दिखाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this photo</source>
        <translation>यह फ़ोटो दिखाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows one still picture from the selected video in a separate window; the video is not played, and nothing is saved</source>
        <translation>चुने गए वीडियो की एक स्थिर तस्वीर अलग विंडो में दिखाता है; वीडियो चलाया नहीं जाता, और कुछ भी सहेजा नहीं जाता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the selected photo in a separate window; it is not saved</source>
        <translation>चुनी गई फ़ोटो को अलग विंडो में दिखाता है; वह सहेजी नहीं जाती</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected photos and videos</source>
        <translation>चुनी गई फ़ोटो और वीडियो हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes the selected photos and videos off the list (the files are not touched)</source>
        <translation>चुनी गई फ़ोटो और वीडियो को सूची से हटाता है (फ़ाइलों को छुआ नहीं जाता)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear all photos and videos</source>
        <translation>सभी फ़ोटो और वीडियो हटाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes every photo and video off the list (the files are not touched)</source>
        <translation>हर फ़ोटो और वीडियो को सूची से हटाता है (फ़ाइलों को छुआ नहीं जाता)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Nothing to paste: the clipboard is empty. Copy photos or videos in your file manager, or copy a picture, then paste again.</source>
        <translation>चिपकाने के लिए कुछ नहीं है: क्लिपबोर्ड खाली है। अपने फ़ाइल मैनेजर में फ़ोटो या वीडियो कॉपी करें, या कोई तस्वीर कॉपी करें, फिर दोबारा चिपकाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds text, not photos or videos, so nothing was added.</source>
        <translation>क्लिपबोर्ड में फ़ोटो या वीडियो नहीं, बल्कि टेक्स्ट है, इसलिए कुछ नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Reading photos and videos: %1 of %2 done</source>
        <translation>फ़ोटो और वीडियो पढ़े जा रहे हैं: %2 में से %1 पूरे</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No photos or videos added yet.</source>
        <translation>अभी तक कोई फ़ोटो या वीडियो नहीं जोड़ा गया।</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n video(s) ready.</source>
        <translation>
            <numerusform>%n वीडियो तैयार है।</numerusform>
            <numerusform>%n वीडियो तैयार हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n folder(s) could not be opened. Photos and videos inside were not added; the list shows which folder(s).</source>
        <translation>
            <numerusform>%n फ़ोल्डर खोला नहीं जा सका। उसके अंदर की फ़ोटो और वीडियो नहीं जोड़े गए; सूची में दिखता है कि कौन-सा फ़ोल्डर।</numerusform>
            <numerusform>%n फ़ोल्डर खोले नहीं जा सके। उनके अंदर की फ़ोटो और वीडियो नहीं जोड़े गए; सूची में दिखता है कि कौन-से फ़ोल्डर।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add your photos and videos</source>
        <translation>अपनी फ़ोटो और वीडियो जोड़ें</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Clear all</source>
        <translation>सब हटाएँ</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This picture is on the list already.</source>
        <translation>यह तस्वीर पहले से सूची में है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copied picture was added as “%1”. It is read from memory and never saved anywhere.</source>
        <extracomment>%1 is the name it gets in the list: &quot;Pasted picture 1&quot;.</extracomment>
        <translation>कॉपी की गई तस्वीर “%1” नाम से जोड़ी गई। इसे मेमोरी से पढ़ा जाता है और कहीं सहेजा नहीं जाता।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard names files that are not on this computer (or no longer there), so nothing was added.</source>
        <translation>क्लिपबोर्ड में ऐसी फ़ाइलों के नाम हैं जो इस कंप्यूटर पर नहीं हैं (या अब नहीं हैं), इसलिए कुछ नहीं जोड़ा गया।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a web address, not a photo on this computer. Save the photo first, then add the file.</source>
        <translation>क्लिपबोर्ड में इस कंप्यूटर की कोई फ़ोटो नहीं, बल्कि एक वेब पता है। पहले फ़ोटो सहेजें, फिर फ़ाइल जोड़ें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clipboard holds a picture in a form SafeHash cannot read safely. Save it as a file first, then add the file.</source>
        <translation>क्लिपबोर्ड में ऐसी तस्वीर है जिसे SafeHash सुरक्षित रूप से नहीं पढ़ सकता। पहले इसे फ़ाइल के रूप में सहेजें, फिर फ़ाइल जोड़ें।</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n photo(s) ready.</source>
        <translation>
            <numerusform>%n फ़ोटो तैयार है।</numerusform>
            <numerusform>%n फ़ोटो तैयार हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n with too little detail.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the photos and videos have too little detail.</extracomment>
        <translation>
            <numerusform>%n में बहुत कम बारीकी है।</numerusform>
            <numerusform>%n में बहुत कम बारीकी है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n could not be read.</source>
        <extracomment>Shown after &quot;4 photos ready.&quot;: how many of the files could not be read.</extracomment>
        <translation>
            <numerusform>%n पढ़ी नहीं जा सकी।</numerusform>
            <numerusform>%n पढ़ी नहीं जा सकीं।</numerusform>
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

संस्था के लिए विवरण: %2</translation>
    </message>
</context>
<context>
    <name>BankWords</name>
    <message>
        <location filename="../../client/safehash/gui/bank_words.py" line="+33"/>
        <source>the practice bank on this computer</source>
        <extracomment>The practice bank, inside sentences such as &quot;3 photos will be sent as fingerprints to %1.&quot; Use the glossary&apos;s word for &quot;practice bank&quot;.</extracomment>
        <translation>इस कंप्यूटर का अभ्यास बैंक</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the practice bank on this computer: nothing leaves this computer, and practice cases last only until SafeHash closes. Their case tokens do not work after that.</source>
        <translation>यह इस कंप्यूटर का अभ्यास बैंक है: कुछ भी इस कंप्यूटर से बाहर नहीं जाता, और अभ्यास केस सिर्फ़ SafeHash बंद होने तक रहते हैं। उसके बाद उनके केस टोकन काम नहीं करते।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A practice case cannot be remembered: it ends when SafeHash closes.</source>
        <translation>अभ्यास केस याद नहीं रखा जा सकता: यह SafeHash बंद होने पर खत्म हो जाता है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The practice bank does not know this case. Practice cases last only until SafeHash closes, so a case from an earlier time is gone; please open a new practice case.</source>
        <translation>अभ्यास बैंक इस केस को नहीं जानता। अभ्यास केस सिर्फ़ SafeHash बंद होने तक रहते हैं, इसलिए पिछली बार का केस अब नहीं है; कृपया नया अभ्यास केस खोलें।</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case.py" line="+53"/>
        <source>A case token links these fingerprints to your case, so that you or your support worker can check or withdraw them later.</source>
        <translation>केस टोकन इन फ़िंगरप्रिंट को आपके केस से जोड़ता है, ताकि आप या आपके सहायता कर्मी बाद में उन्हें देख सकें या वापस ले सकें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have a case token</source>
        <translation>मेरे पास केस टोकन है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case token</source>
        <translation>केस टोकन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type or paste the case token your support worker gave you</source>
        <translation>आपके सहायता कर्मी ने जो केस टोकन दिया है, उसे टाइप करें या चिपकाएँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a new case</source>
        <translation>नया केस खोलें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a new case now</source>
        <translation>अभी नया केस खोलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the hash bank for a new case and shows its token once</source>
        <translation>हैश बैंक से नया केस माँगता है और उसका टोकन सिर्फ़ एक बार दिखाता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your new case token</source>
        <translation>आपका नया केस टोकन</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the case token</source>
        <translation>केस टोकन कॉपी करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the token so you can paste it somewhere safe</source>
        <translation>टोकन कॉपी करता है, ताकि आप उसे किसी सुरक्षित जगह चिपका सकें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save to a file…</source>
        <translation>फ़ाइल में सहेजें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the case token to a file</source>
        <translation>केस टोकन को फ़ाइल में सहेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this token down or save it now: SafeHash shows it only this once.</source>
        <translation>इस टोकन को अभी लिख लें या सहेज लें: SafeHash इसे सिर्फ़ इसी एक बार दिखाता है।</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remember this case on this computer</source>
        <translation>इस कंप्यूटर पर यह केस याद रखें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this computer</source>
        <translation>इस कंप्यूटर पर</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token is kept in this computer&apos;s password store, so you can check your case later without typing it. Anyone who can use this computer account may be able to find it. If you share this computer, leave this off.</source>
        <translation>टोकन इस कंप्यूटर के पासवर्ड स्टोर में रखा जाता है, ताकि आप बाद में उसे टाइप किए बिना अपना केस देख सकें। जो भी इस कंप्यूटर खाते का उपयोग कर सकता है, वह इसे ढूँढ़ सकता है। अगर आप यह कंप्यूटर दूसरों के साथ इस्तेमाल करते हैं, तो इसे बंद ही रहने दें।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 The case is forgotten when SafeHash closes.</source>
        <extracomment>%1 is a whole sentence saying that there is no secure password store.</extracomment>
        <translation>%1 SafeHash बंद होने पर केस भुला दिया जाता है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your case</source>
        <translation>आपका केस</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Opening a new case…</source>
        <translation>नया केस खोला जा रहा है…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. SafeHash empties the clipboard again at Quick exit.</source>
        <translation>कॉपी हो गया। तुरंत बाहर निकलने पर SafeHash क्लिपबोर्ड फिर से खाली कर देता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the case token</source>
        <translation>केस टोकन सहेजें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash case token: %1</source>
        <extracomment>The one line written in a saved token file.</extracomment>
        <translation>SafeHash केस टोकन: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved.</source>
        <translation>सहेज लिया गया।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your new case is open.</source>
        <translation>आपका नया केस खुल गया है।</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Letters and numbers only; dashes are optional.</source>
        <translation>सिर्फ़ अक्षर और अंक; डैश लगाना ज़रूरी नहीं है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This case token looks right.</source>
        <translation>यह केस टोकन सही लग रहा है।</translation>
    </message>
</context>
<context>
    <name>CaseStatusPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/case_status.py" line="+53"/>
        <source>See what the hash bank holds for your case, or ask it to delete the fingerprints. You need the case reference (it is on your receipt) and your case token.</source>
        <translation>देखें कि हैश बैंक ने आपके केस के लिए क्या रखा है, या उससे फ़िंगरप्रिंट मिटाने के लिए कहें। इसके लिए आपको केस संदर्भ (यह आपकी रसीद पर है) और अपना केस टोकन चाहिए।</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>Case reference</source>
        <translation>केस संदर्भ</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>From your receipt</source>
        <translation>आपकी रसीद से</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Case token</source>
        <translation>केस टोकन</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Hidden as it is typed; “Show” shows it</source>
        <translation>टाइप करते समय छिपा रहता है; “दिखाएँ” से दिखता है</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+90"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+91"/>
        <source>Show the case token</source>
        <translation>केस टोकन दिखाएँ</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Open a saved receipt…</source>
        <translation>सहेजी गई रसीद खोलें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>Open a saved receipt</source>
        <translation>सहेजी गई रसीद खोलें</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Fills in the case reference from a receipt you saved</source>
        <translation>आपकी सहेजी हुई रसीद से केस संदर्भ भर देता है</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check status</source>
        <translation>स्थिति देखें</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sendings in this case</source>
        <translation>इस केस के बैच</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw this sending…</source>
        <translation>यह बैच वापस लें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the selected sending</source>
        <translation>चुना गया बैच वापस लें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw the whole case…</source>
        <translation>पूरा केस वापस लें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the whole case</source>
        <translation>पूरा केस वापस लें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks the bank to delete every fingerprint in it</source>
        <translation>बैंक से इसके सभी फ़िंगरप्रिंट मिटाने के लिए कहता है</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check or withdraw a case</source>
        <translation>केस देखें या वापस लें</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Hide</source>
        <translation>छिपाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the case token</source>
        <translation>केस टोकन छिपाएँ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please enter the case reference from your receipt.</source>
        <translation>कृपया अपनी रसीद पर लिखा केस संदर्भ डालें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file is not a SafeHash receipt.</source>
        <translation>यह फ़ाइल SafeHash की रसीद नहीं है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt opened. Now enter the case token of this case.</source>
        <translation>रसीद खुल गई। अब इस केस का केस टोकन डालें।</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This case is open. Nothing has been sent to it yet.</source>
        <translation>यह केस खुला है। इसमें अभी तक कुछ नहीं भेजा गया है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is open, but the bank holds none of its fingerprints: every sending below was withdrawn.</source>
        <translation>यह केस खुला है, लेकिन बैंक के पास इसका कोई फ़िंगरप्रिंट नहीं है: नीचे का हर बैच वापस ले लिया गया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This case is open. The bank holds fingerprints of %1 in it.</source>
        <extracomment>%1 counts what the bank holds: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>यह केस खुला है। बैंक के पास इसमें %1 के फ़िंगरप्रिंट हैं।</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 %n sending(s) below were withdrawn.</source>
        <extracomment>%1 is the sentence &quot;This case is open. The bank holds fingerprints of 3 photos in it.&quot;</extracomment>
        <translation>
            <numerusform>%1 नीचे का %n बैच वापस ले लिया गया।</numerusform>
            <numerusform>%1 नीचे के %n बैच वापस ले लिए गए।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sent %1: %2 held (reference %3)</source>
        <extracomment>One sending in the case: %1 a date and time, %2 what the bank holds of it (&quot;3 photos and 1 video&quot;), %3 its reference code.</extracomment>
        <translation>%1 को भेजा गया: %2 के फ़िंगरप्रिंट रखे गए हैं (संदर्भ %3)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The bank will delete these fingerprints. Platforms will no longer be able to match copies of these photos and videos.</source>
        <translation>बैंक ये फ़िंगरप्रिंट मिटा देगा। इसके बाद प्लैटफ़ॉर्म इन फ़ोटो और वीडियो की कॉपी का मिलान नहीं कर पाएँगे।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Withdraw the case</source>
        <translation>केस वापस लें</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Asking the hash bank…</source>
        <translation>हैश बैंक से पूछा जा रहा है…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This case was withdrawn: the bank deleted its fingerprints.</source>
        <translation>यह केस वापस ले लिया गया है: बैंक ने इसके फ़िंगरप्रिंट मिटा दिए हैं।</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sent %1: withdrawn (reference %2)</source>
        <extracomment>One withdrawn sending: %1 a date and time, %2 its reference code.</extracomment>
        <translation>%1 को भेजा गया: वापस ले लिया गया (संदर्भ %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Withdrawn: the bank confirmed that it deleted these fingerprints.</source>
        <translation>वापस ले लिया गया: बैंक ने पुष्टि की कि उसने ये फ़िंगरप्रिंट मिटा दिए।</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Withdraw this sending?</source>
        <translation>यह बैच वापस लें?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw</source>
        <translation>वापस लें</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Keep it</source>
        <translation>रहने दें</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Withdraw the whole case?</source>
        <translation>पूरा केस वापस लें?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bank will delete every fingerprint in this case, and nothing more can be sent to it.</source>
        <translation>बैंक इस केस के सभी फ़िंगरप्रिंट मिटा देगा, और इसमें आगे कुछ भी नहीं भेजा जा सकेगा।</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/check.py" line="+44"/>
        <source>For each photo, SafeHash sends</source>
        <translation>हर फ़ोटो के लिए SafeHash भेजता है</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This bank takes only file fingerprints of videos: they find exact copies of a video, not one that was shortened or saved again.</source>
        <translation>यह बैंक वीडियो के सिर्फ़ फ़ाइल फ़िंगरप्रिंट लेता है: ये किसी वीडियो की हूबहू कॉपी ढूँढते हैं, छोटा किया गया या दोबारा सहेजा गया वीडियो नहीं।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For each video, SafeHash sends</source>
        <translation>हर वीडियो के लिए SafeHash भेजता है</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also sent, and never sent</source>
        <translation>और क्या भेजा जाता है, और क्या कभी नहीं</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+90"/>
        <source>Show exactly what will be sent</source>
        <translation>ठीक-ठीक दिखाएँ कि क्या भेजा जाएगा</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Shows the message SafeHash will send to the bank, word for word</source>
        <translation>SafeHash बैंक को जो संदेश भेजेगा, उसे शब्दशः दिखाता है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exactly what will be sent</source>
        <translation>ठीक-ठीक जो भेजा जाएगा</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the whole message. The case token travels with it as a password (it is not shown here), and the reference below as its label.</source>
        <translation>यह पूरा संदेश है। केस टोकन इसके साथ पासवर्ड की तरह जाता है (वह यहाँ नहीं दिखाया जाता), और नीचे दिया गया संदर्भ इसके लेबल की तरह।</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Also sent: your case token, which shows the bank these photos and videos belong to your case, and a random reference so that sending twice stores them only once.</source>
        <translation>यह भी भेजा जाता है: आपका केस टोकन, जिससे बैंक को पता चलता है कि ये फ़ोटो और वीडियो आपके केस के हैं, और एक रैंडम संदर्भ, ताकि दो बार भेजने पर भी वे एक ही बार रखे जाएँ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never sent: the photos and videos themselves, their names, where they are on this computer, or when they were taken.</source>
        <translation>कभी नहीं भेजा जाता: फ़ोटो और वीडियो ख़ुद, उनके नाम, इस कंप्यूटर पर वे कहाँ हैं, या वे कब लिए गए थे।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave out the photos and videos with too little detail</source>
        <translation>बहुत कम बारीकी वाली फ़ोटो और वीडियो छोड़ दें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They may not be recognised by platforms</source>
        <translation>हो सकता है प्लैटफ़ॉर्म इन्हें न पहचान पाएँ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too little detail</source>
        <translation>बहुत कम बारीकी</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>These photos and videos are of me, or I am allowed to act for the person in them.</source>
        <translation>ये फ़ोटो और वीडियो मेरे हैं, या मुझे इनमें दिख रहे व्यक्ति की ओर से काम करने की अनुमति है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I confirm these photos and videos are of me, or that I may act for the person in them</source>
        <translation>मैं पुष्टि करता/करती हूँ कि ये फ़ोटो और वीडियो मेरे हैं, या मैं इनमें दिख रहे व्यक्ति की ओर से काम कर सकता/सकती हूँ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your confirmation</source>
        <translation>आपकी पुष्टि</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check what will be sent</source>
        <translation>जाँचें कि क्या भेजा जाएगा</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asking the hash bank what it accepts…</source>
        <translation>हैश बैंक से पूछा जा रहा है कि वह क्या स्वीकार करता है…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The hash bank could not be asked yet: %1 This is checked again when sending.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>अभी तक हैश बैंक से पूछा नहीं जा सका: %1 भेजते समय इसे फिर से जाँचा जाएगा।</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hide the exact message</source>
        <translation>सटीक संदेश छिपाएँ</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>SafeHash will send the fingerprints of %1 to %2.</source>
        <extracomment>%1 counts what is sent: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;; %2 is the name of the hash bank.</extracomment>
        <translation>SafeHash %1 के फ़िंगरप्रिंट %2 को भेजेगा।</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n photo(s) will be sent as fingerprints to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n फ़ोटो फ़िंगरप्रिंट के रूप में %1 को भेजी जाएगी।</numerusform>
            <numerusform>%n फ़ोटो फ़िंगरप्रिंट के रूप में %1 को भेजी जाएँगी।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A picture fingerprint (PDQ), which still matches after a photo is resized or re-saved.</source>
        <translation>तस्वीर का एक फ़िंगरप्रिंट (PDQ), जो फ़ोटो का आकार बदलने या उसे दोबारा सहेजने के बाद भी मेल खाता है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second picture fingerprint (pHash), for platforms that use it.</source>
        <translation>तस्वीर का दूसरा फ़िंगरप्रिंट (pHash), उन प्लैटफ़ॉर्म के लिए जो इसका उपयोग करते हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file fingerprint (MD5), which matches only exact copies.</source>
        <translation>फ़ाइल का एक फ़िंगरप्रिंट (MD5), जो सिर्फ़ हूबहू कॉपी से मेल खाता है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second file fingerprint (SHA-256), for exact copies.</source>
        <translation>फ़ाइल का दूसरा फ़िंगरप्रिंट (SHA-256), हूबहू कॉपी के लिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A video fingerprint (vPDQ): a picture fingerprint of one frame each second, which still matches after a video is resized or re-saved.</source>
        <translation>वीडियो का फ़िंगरप्रिंट (vPDQ): हर सेकंड के एक फ़्रेम का तस्वीर वाला फ़िंगरप्रिंट, जो वीडियो का आकार बदलने या उसे दोबारा सहेजने के बाद भी मेल खाता है।</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Too little detail for a dependable match in %n photo(s): very dark, plain or tiny pictures have little detail. Platforms may not recognise copies of them.</source>
        <translation>
            <numerusform>%n फ़ोटो में भरोसेमंद मिलान के लिए बहुत कम बारीकी है: वह शायद बहुत अँधेरी, सादी या बहुत छोटी है। हो सकता है प्लैटफ़ॉर्म उसकी कॉपी न पहचान पाएँ।</numerusform>
            <numerusform>%n फ़ोटो में भरोसेमंद मिलान के लिए बहुत कम बारीकी है: वे शायद बहुत अँधेरी, सादी या बहुत छोटी हैं। हो सकता है प्लैटफ़ॉर्म उनकी कॉपी न पहचान पाएँ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>In %n video(s), no frame has enough detail for a dependable match: the video may be very dark or plain. If sent, their file fingerprints still find exact copies.</source>
        <translation>
            <numerusform>%n वीडियो के किसी भी फ़्रेम में भरोसेमंद मिलान के लिए काफ़ी बारीकी नहीं है: वह शायद बहुत अँधेरा या सादा है। अगर वह भेजा गया, तो उसका फ़ाइल फ़िंगरप्रिंट फिर भी हूबहू कॉपी ढूँढ लेता है।</numerusform>
            <numerusform>%n वीडियो के किसी भी फ़्रेम में भरोसेमंद मिलान के लिए काफ़ी बारीकी नहीं है: वे शायद बहुत अँधेरे या सादे हैं। अगर वे भेजे गए, तो उनके फ़ाइल फ़िंगरप्रिंट फिर भी हूबहू कॉपी ढूँढ लेते हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n file(s) could not be read and will not be sent.</source>
        <translation>
            <numerusform>%n फ़ाइल पढ़ी नहीं जा सकी और भेजी नहीं जाएगी।</numerusform>
            <numerusform>%n फ़ाइलें पढ़ी नहीं जा सकीं और भेजी नहीं जाएँगी।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n folder(s) could not be opened. Photos and videos inside will not be sent; step 2 shows which folder(s).</source>
        <translation>
            <numerusform>%n फ़ोल्डर खोला नहीं जा सका। उसके अंदर की फ़ोटो और वीडियो नहीं भेजे जाएँगे; चरण 2 में दिखता है कि कौन-सा फ़ोल्डर।</numerusform>
            <numerusform>%n फ़ोल्डर खोले नहीं जा सके। उनके अंदर की फ़ोटो और वीडियो नहीं भेजे जाएँगे; चरण 2 में दिखता है कि कौन-से फ़ोल्डर।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing will be sent: no photo or video is chosen.</source>
        <translation>कुछ नहीं भेजा जाएगा: कोई फ़ोटो या वीडियो नहीं चुना गया है।</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Reference (Idempotency-Key): %1</source>
        <extracomment>&quot;Idempotency-Key&quot; is the technical name of the reference; keep it as it is.</extracomment>
        <translation>संदर्भ (Idempotency-Key): %1</translation>
    </message>
</context>
<context>
    <name>CloseGuard</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/close_guard.py" line="+25"/>
        <source>%n sending(s) not yet received by the hash bank.</source>
        <translation>
            <numerusform>%n बैच अभी तक हैश बैंक तक नहीं पहुँचा है।</numerusform>
            <numerusform>%n बैच अभी तक हैश बैंक तक नहीं पहुँचे हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close SafeHash?</source>
        <translation>SafeHash बंद करें?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you close SafeHash now, they are forgotten: nothing was kept on this computer. You can stay and press Send again, or close anyway.</source>
        <translation>अगर आप अभी SafeHash बंद करते हैं, तो वे भुला दिए जाएँगे: इस कंप्यूटर पर कुछ भी नहीं रखा गया। आप रुककर “फिर से भेजें” दबा सकते हैं, या फिर भी बंद कर सकते हैं।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stay and send</source>
        <translation>रुकें और भेजें</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Close anyway</source>
        <translation>फिर भी बंद करें</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/done.py" line="+46"/>
        <source>Receipt details</source>
        <translation>रसीद का विवरण</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your receipt</source>
        <translation>आपकी रसीद</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking or withdrawing later</source>
        <translation>बाद में देखना या वापस लेना</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To see what the bank holds, or to ask it to delete these fingerprints, press “%1” at the bottom of the window and enter your case token and case reference. Saving the receipt keeps the case reference for you; it holds no token, photo or fingerprint.</source>
        <extracomment>%1 is the name of the button &quot;Check or withdraw a case&quot;.</extracomment>
        <translation>बैंक के पास क्या है यह देखने के लिए, या उससे ये फ़िंगरप्रिंट मिटाने के लिए कहने के लिए, विंडो के नीचे “%1” दबाएँ और अपना केस टोकन और केस संदर्भ डालें। रसीद सहेजने से केस संदर्भ आपके पास रहता है; उसमें कोई टोकन, फ़ोटो या फ़िंगरप्रिंट नहीं होता।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save receipt…</source>
        <translation>रसीद सहेजें…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the receipt to a file</source>
        <translation>रसीद को फ़ाइल में सहेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this case now</source>
        <translation>यह केस अभी देखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send more photos or videos</source>
        <translation>और फ़ोटो या वीडियो भेजें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts again at step 2 with the same case</source>
        <translation>उसी केस के साथ चरण 2 से फिर शुरू करता है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything on this computer…</source>
        <translation>इस कंप्यूटर पर सब कुछ भूल जाएँ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>इस कंप्यूटर पर सब कुछ भूल जाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>SafeHash ने यहाँ जो कुछ भी रखा है, उसे मिटा देता है: सेटिंग, याद रखा गया केस, इंतज़ार कर रहे बैच</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On this computer</source>
        <translation>इस कंप्यूटर पर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When you close SafeHash, it forgets the photos, videos, fingerprints and case token of this session by itself.</source>
        <translation>जब आप SafeHash बंद करते हैं, तो यह इस सत्र की फ़ोटो, वीडियो, फ़िंगरप्रिंट और केस टोकन अपने आप भूल जाता है।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing has been sent yet.</source>
        <translation>अभी तक कुछ नहीं भेजा गया है।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These fingerprints had reached %1 before, but they were withdrawn since.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>ये फ़िंगरप्रिंट पहले %1 तक पहुँच चुके थे, लेकिन बाद में वापस ले लिए गए।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bank deleted them: it holds none of these photos or videos. To send them again, open a new case.</source>
        <translation>बैंक ने इन्हें मिटा दिया: उसके पास इन फ़ोटो और वीडियो का कुछ भी नहीं है। इन्हें फिर से भेजने के लिए नया केस खोलें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank deleted them: it holds none of these photos. To send them again, open a new case.</source>
        <translation>बैंक ने इन्हें मिटा दिया: उसके पास इनमें से कोई फ़ोटो नहीं है। इन्हें फिर से भेजने के लिए नया केस खोलें।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your fingerprints were sent to %1.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>आपके फ़िंगरप्रिंट %1 को भेज दिए गए।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bank already had these fingerprints. Check the case to see what it holds now.</source>
        <translation>बैंक के पास ये फ़िंगरप्रिंट पहले से थे। अब उसके पास क्या है, यह देखने के लिए केस जाँचें।</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) or video(s) of them now.</source>
        <translation>
            <numerusform>बैंक के पास ये फ़िंगरप्रिंट पहले से थे; अब उसके पास इनमें से %n फ़ोटो या वीडियो के फ़िंगरप्रिंट हैं।</numerusform>
            <numerusform>बैंक के पास ये फ़िंगरप्रिंट पहले से थे; अब उसके पास इनमें से %n फ़ोटो या वीडियो के फ़िंगरप्रिंट हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The bank already had these fingerprints; it holds %n photo(s) of them now.</source>
        <translation>
            <numerusform>बैंक के पास ये फ़िंगरप्रिंट पहले से थे; अब उसके पास इनमें से %n फ़ोटो है।</numerusform>
            <numerusform>बैंक के पास ये फ़िंगरप्रिंट पहले से थे; अब उसके पास इनमें से %n फ़ोटो हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The bank accepted %n photo(s).</source>
        <translation>
            <numerusform>बैंक ने %n फ़ोटो स्वीकार की।</numerusform>
            <numerusform>बैंक ने %n फ़ोटो स्वीकार कीं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 It did not accept %n photo(s), usually because of too little detail.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos.&quot;; %n how many it did not.</extracomment>
        <translation>
            <numerusform>%1 उसने %n फ़ोटो स्वीकार नहीं की, आम तौर पर इसलिए कि उसमें बहुत कम बारीकी है।</numerusform>
            <numerusform>%1 उसने %n फ़ोटो स्वीकार नहीं कीं, आम तौर पर इसलिए कि उनमें बहुत कम बारीकी है।</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Case reference: %1
Sending reference: %2
Received: %3</source>
        <extracomment>Three lines of the receipt; the references are codes (in groups of four, to be read aloud), the last a date and time.</extracomment>
        <translation>केस संदर्भ: %1
बैच संदर्भ: %2
मिलने का समय: %3</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Anything you asked it to keep (settings, a remembered case, sendings waiting to be sent) stays until you press the button below. Files you saved yourself, such as this receipt or a case token file, are never deleted by SafeHash.</source>
        <translation>जो कुछ आपने रखने को कहा था (सेटिंग्स, याद रखा गया केस, भेजे जाने की प्रतीक्षा में बैच) वह तब तक रहता है जब तक आप नीचे का बटन नहीं दबाते। आपकी खुद सहेजी फ़ाइलें, जैसे यह रसीद या केस टोकन की फ़ाइल, SafeHash कभी नहीं मिटाता।</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The bank accepted %1.</source>
        <extracomment>%1 counts what the bank accepted: &quot;3 photos and 1 video&quot;, &quot;1 video&quot;.</extracomment>
        <translation>बैंक ने स्वीकार किया: %1।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bank accepted none of them.</source>
        <translation>बैंक ने इनमें से कुछ भी स्वीकार नहीं किया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 It did not accept %2.</source>
        <extracomment>%1 is the sentence &quot;The bank accepted 3 photos and 1 video.&quot;; %2 counts what it did not accept: &quot;1 video&quot;.</extracomment>
        <translation>%1 स्वीकार नहीं किया: %2।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the receipt</source>
        <translation>रसीद सहेजें</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The receipt was saved.</source>
        <translation>रसीद सहेज ली गई।</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../client/safehash/gui/error_text.py" line="+40"/>
        <source>This file could not be read.</source>
        <translation>यह फ़ाइल पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is no longer there; it may have been moved or deleted.</source>
        <translation>फ़ाइल अब वहाँ नहीं है; शायद उसे हटाया या मिटाया गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be opened; you may not have permission to read it.</source>
        <translation>फ़ाइल खोली नहीं जा सकी; शायद आपके पास उसे पढ़ने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file changed while it was being read; please add it again.</source>
        <translation>पढ़ते समय फ़ाइल बदल गई; कृपया उसे फिर से जोड़ें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is too large to be a photo SafeHash can read.</source>
        <translation>यह फ़ाइल इतनी बड़ी है कि यह SafeHash द्वारा पढ़ी जा सकने वाली फ़ोटो नहीं हो सकती।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo is incomplete or damaged, so it cannot be read to the end.</source>
        <translation>फ़ोटो अधूरी है या ख़राब हो गई है, इसलिए इसे अंत तक नहीं पढ़ा जा सकता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is far larger than any camera photo, so it was not opened, to protect this computer.</source>
        <translation>यह तस्वीर किसी भी कैमरा फ़ोटो से कहीं बड़ी है, इसलिए इस कंप्यूटर की सुरक्षा के लिए इसे नहीं खोला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo is damaged and could not be read.</source>
        <translation>फ़ोटो ख़राब है और पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The picture is built in a way no camera or phone writes, so it was not opened, to protect this computer.</source>
        <translation>यह तस्वीर ऐसे ढंग से बनी है जैसे कोई कैमरा या फ़ोन नहीं बनाता, इसलिए इस कंप्यूटर की सुरक्षा के लिए इसे नहीं खोला गया।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file made SafeHash&apos;s reader stop, so it was not hashed; it may be damaged or made to cause harm. Your other files are safe.</source>
        <translation>इस फ़ाइल की वजह से SafeHash का रीडर रुक गया, इसलिए इसका फ़िंगरप्रिंट नहीं बनाया गया; हो सकता है यह ख़राब हो या नुकसान पहुँचाने के लिए बनाई गई हो। आपकी बाकी फ़ाइलें सुरक्षित हैं।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file gave an answer SafeHash cannot trust, so it was not hashed; it may be made to cause harm.</source>
        <translation>इस फ़ाइल को पढ़ने पर ऐसा जवाब मिला जिस पर SafeHash भरोसा नहीं कर सकता, इसलिए इसका फ़िंगरप्रिंट नहीं बनाया गया; हो सकता है यह नुकसान पहुँचाने के लिए बनाई गई हो।</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This is not a photo or video but a folder or a special file.</source>
        <translation>यह फ़ोटो या वीडियो नहीं, बल्कि एक फ़ोल्डर या विशेष फ़ाइल है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This shortcut points back to itself, so there is nothing to read.</source>
        <translation>यह शॉर्टकट खुद की ओर इशारा करता है, इसलिए पढ़ने को कुछ नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty, so there is no photo or video in it.</source>
        <translation>फ़ाइल खाली है, इसलिए इसमें कोई फ़ोटो या वीडियो नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file is not a photo or video SafeHash can read.</source>
        <translation>यह फ़ाइल ऐसी फ़ोटो या वीडियो नहीं है जिसे SafeHash पढ़ सके।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This video is stored in a form SafeHash cannot read, so it was not opened.</source>
        <translation>यह वीडियो ऐसे रूप में सहेजा गया है जिसे SafeHash नहीं पढ़ सकता, इसलिए इसे नहीं खोला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file holds no video (only sound, or nothing that plays), so there is nothing to read.</source>
        <translation>इस फ़ाइल में कोई वीडियो नहीं है (सिर्फ़ आवाज़, या चलने लायक कुछ नहीं), इसलिए पढ़ने को कुछ नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video is damaged and could not be played, so it was not read.</source>
        <translation>वीडियो खराब है और चल नहीं सका, इसलिए इसे नहीं पढ़ा गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video does not say how fast it plays, so SafeHash cannot make its fingerprint.</source>
        <translation>वीडियो यह नहीं बताता कि वह कितनी तेज़ी से चलता है, इसलिए SafeHash उसका फ़िंगरप्रिंट नहीं बना सकता।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The video is longer than %1 hours, the most SafeHash reads in one video, so it was not read.</source>
        <extracomment>%1 is a number of hours (4), in the digits of your language.</extracomment>
        <translation>वीडियो %1 घंटे से लंबा है, जो SafeHash एक वीडियो में अधिकतम पढ़ता है, इसलिए इसे नहीं पढ़ा गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The video&apos;s picture is far larger than any camera films, so it was not opened, to protect this computer.</source>
        <translation>वीडियो की तस्वीर किसी भी कैमरे की रिकॉर्डिंग से बहुत बड़ी है, इसलिए इस कंप्यूटर की सुरक्षा के लिए इसे नहीं खोला गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file took far longer than it should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>इस फ़ाइल को पढ़ने में ज़रूरत से बहुत ज़्यादा समय लगा, इसलिए SafeHash ने इसे रोक दिया; यह खराब हो सकती है या नुकसान पहुँचाने के लिए बनाई गई हो सकती है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading this file needed far more memory than any photo or video should, so SafeHash stopped it; it may be damaged or made to cause harm.</source>
        <translation>इस फ़ाइल को पढ़ने में किसी भी फ़ोटो या वीडियो से बहुत ज़्यादा मेमोरी चाहिए थी, इसलिए SafeHash ने इसे रोक दिया; यह खराब हो सकती है या नुकसान पहुँचाने के लिए बनाई गई हो सकती है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This folder could not be opened, so the photos and videos in it were not added; you may not have permission to read it.</source>
        <translation>यह फ़ोल्डर नहीं खुल सका, इसलिए इसकी फ़ोटो और वीडियो नहीं जोड़े गए; शायद आपको इसे पढ़ने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped.</source>
        <translation>रोक दिया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not read this file because of a problem of its own.</source>
        <translation>SafeHash अपनी ही किसी समस्या की वजह से यह फ़ाइल नहीं पढ़ सका।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hash bank could not be reached or did not accept the request.</source>
        <translation>हैश बैंक तक पहुँचा नहीं जा सका, या उसने अनुरोध स्वीकार नहीं किया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect to the hash bank; please check that this computer is online.</source>
        <translation>SafeHash हैश बैंक से नहीं जुड़ सका; कृपया देखें कि यह कंप्यूटर इंटरनेट से जुड़ा है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash could not connect through the proxy; please check that it (or Tor) is running.</source>
        <translation>SafeHash प्रॉक्सी के ज़रिए नहीं जुड़ सका; कृपया देखें कि वह (या Tor) चल रहा है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank took too long to answer; please try again later.</source>
        <translation>हैश बैंक ने जवाब देने में बहुत देर लगाई; कृपया बाद में फिर कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s security certificate could not be checked, so nothing was sent.</source>
        <translation>हैश बैंक के सुरक्षा प्रमाणपत्र की जाँच नहीं हो सकी, इसलिए कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not show the security key SafeHash expects, so nothing was sent.</source>
        <translation>हैश बैंक ने वह सुरक्षा कुंजी नहीं दिखाई जिसकी SafeHash को उम्मीद है, इसलिए कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank tried to send SafeHash somewhere else; SafeHash did not follow.</source>
        <translation>हैश बैंक ने SafeHash को कहीं और भेजने की कोशिश की; SafeHash वहाँ नहीं गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s answer was far too large, so SafeHash ignored it.</source>
        <translation>हैश बैंक का जवाब बहुत ज़्यादा बड़ा था, इसलिए SafeHash ने उसे अनदेखा कर दिया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank gave an answer SafeHash does not understand.</source>
        <translation>हैश बैंक ने ऐसा जवाब दिया जिसे SafeHash नहीं समझता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank is busy right now; please try again in a few minutes.</source>
        <translation>हैश बैंक अभी व्यस्त है; कृपया कुछ मिनट बाद फिर कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank has a problem of its own; please try again later.</source>
        <translation>हैश बैंक में अपनी ही कोई समस्या है; कृपया बाद में फिर कोशिश करें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this case token; please check it.</source>
        <translation>हैश बैंक ने यह केस टोकन स्वीकार नहीं किया; कृपया इसे जाँचें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused: this case token does not allow that.</source>
        <translation>हैश बैंक ने मना कर दिया: यह केस टोकन इसकी अनुमति नहीं देता।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank does not let people open a case themselves; please ask your support worker for a case token.</source>
        <translation>यह हैश बैंक लोगों को ख़ुद केस खोलने नहीं देता; कृपया अपने सहायता कर्मी से केस टोकन माँगें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case was withdrawn, so nothing more can be sent to it; please open a new case.</source>
        <translation>यह केस वापस ले लिया गया है, इसलिए इसमें आगे कुछ नहीं भेजा जा सकता; कृपया नया केस खोलें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank did not accept this app&apos;s access code; please ask the organisation that gave you SafeHash.</source>
        <translation>हैश बैंक ने इस ऐप का ऐक्सेस कोड स्वीकार नहीं किया; कृपया उस संस्था से पूछें जिसने आपको SafeHash दिया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This organisation&apos;s hash bank needs an access code, and none has been entered yet.</source>
        <translation>इस संस्था के हैश बैंक को ऐक्सेस कोड चाहिए, और अभी तक कोई कोड नहीं डाला गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The practice bank could not be started on this computer.</source>
        <translation>इस कंप्यूटर पर अभ्यास बैंक शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank does not know this case or sending; it may have been withdrawn.</source>
        <translation>हैश बैंक इस केस या बैच को नहीं पहचानता; शायद इसे वापस ले लिया गया है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank already has a different sending under the same reference.</source>
        <translation>हैश बैंक के पास इसी संदर्भ के तहत पहले से एक अलग बैच है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These are too many photos and videos for one sending; please send them in smaller groups.</source>
        <translation>एक बैच के लिए ये बहुत ज़्यादा फ़ोटो और वीडियो हैं; कृपया इन्हें छोटे समूहों में भेजें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This hash bank cannot take videos, so nothing was sent; please send the photos without the videos.</source>
        <translation>यह हैश बैंक वीडियो नहीं ले सकता, इसलिए कुछ नहीं भेजा गया; कृपया वीडियो के बिना फ़ोटो भेजें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was sent: this hash bank takes none of these fingerprints (it cannot take videos, for example).</source>
        <translation>कुछ नहीं भेजा गया: यह हैश बैंक इनमें से कोई भी फ़िंगरप्रिंट नहीं लेता (उदाहरण के लिए, यह वीडियो नहीं लेता)।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank refused the request as not valid.</source>
        <translation>हैश बैंक ने अनुरोध को अमान्य मानकर मना कर दिया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hash bank&apos;s address must start with https://.</source>
        <translation>हैश बैंक का पता https:// से शुरू होना चाहिए।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid web address.</source>
        <translation>यह सही वेब पता नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This copy of SafeHash is not set up correctly; please tell the organisation that gave it to you.</source>
        <translation>SafeHash की यह कॉपी ठीक से सेट नहीं की गई है; कृपया उस संस्था को बताएँ जिसने यह आपको दी है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your saved settings could not be read, so SafeHash uses its usual settings.</source>
        <translation>आपकी सहेजी गई सेटिंग पढ़ी नहीं जा सकीं, इसलिए SafeHash अपनी सामान्य सेटिंग इस्तेमाल कर रहा है।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer has no secure password store that SafeHash can use, so nothing secret can be remembered.</source>
        <translation>इस कंप्यूटर में ऐसा कोई सुरक्षित पासवर्ड स्टोर नहीं है जिसका SafeHash उपयोग कर सके, इसलिए कोई भी गोपनीय चीज़ याद नहीं रखी जा सकती।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password store did not answer (it may be locked), so nothing was saved.</source>
        <translation>पासवर्ड स्टोर ने जवाब नहीं दिया (शायद वह लॉक है), इसलिए कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token is needed; please enter one.</source>
        <translation>केस टोकन ज़रूरी है; कृपया एक टोकन डालें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved list of waiting sendings could not be opened.</source>
        <translation>इंतज़ार कर रहे बैच की सहेजी गई सूची खोली नहीं जा सकी।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid SafeHash file.</source>
        <translation>यह सही SafeHash फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter the case token.</source>
        <translation>कृपया केस टोकन डालें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case token cannot contain some of these characters; please check it.</source>
        <translation>केस टोकन में इनमें से कुछ अक्षर नहीं हो सकते; कृपया इसे जाँचें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too short; please check it.</source>
        <translation>केस टोकन बहुत छोटा है; कृपया इसे जाँचें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case token is too long; please check it.</source>
        <translation>केस टोकन बहुत लंबा है; कृपया इसे जाँचें।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This case token has a typing mistake somewhere; please check it.</source>
        <translation>इस केस टोकन में कहीं टाइपिंग की गलती है; कृपया इसे जाँचें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong. Please try again.</source>
        <translation>कुछ गड़बड़ हो गई। कृपया फिर से कोशिश करें।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an animation; only its first picture was used.</source>
        <translation>यह एक ऐनिमेशन है; सिर्फ़ इसकी पहली तस्वीर इस्तेमाल की गई।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo was turned upright, as a phone shows it.</source>
        <translation>फ़ोटो को सीधा किया गया, जैसे फ़ोन उसे दिखाता है।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is stored turned; its fingerprint was made both as stored and upright, as players show it.</source>
        <translation>वीडियो घुमा हुआ सहेजा गया है; इसका फ़िंगरप्रिंट सहेजे गए रूप में और सीधा करके, जैसा प्लेयर दिखाते हैं, दोनों तरह बनाया गया।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file holds more than one video; only the first one was read.</source>
        <translation>इस फ़ाइल में एक से ज़्यादा वीडियो हैं; सिर्फ़ पहला पढ़ा गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video is cut short or damaged; only the part that plays was read.</source>
        <translation>वीडियो अधूरा या खराब है; सिर्फ़ चलने वाला हिस्सा पढ़ा गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The video says it plays at an unusual speed; its frames were picked by that speed, as other video fingerprint tools do, so their times may be off.</source>
        <translation>वीडियो असामान्य गति बताता है; इसके फ़्रेम उसी गति से चुने गए, जैसा दूसरे वीडियो फ़िंगरप्रिंट टूल करते हैं, इसलिए उनके समय थोड़े अलग हो सकते हैं।</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The case token is %n character(s) too short.</source>
        <translation>
            <numerusform>केस टोकन में %n अक्षर कम है।</numerusform>
            <numerusform>केस टोकन में %n अक्षर कम हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The case token is %n character(s) too long.</source>
        <translation>
            <numerusform>केस टोकन में %n अक्षर ज़्यादा है।</numerusform>
            <numerusform>केस टोकन में %n अक्षर ज़्यादा हैं।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A case token cannot contain %1; please check it.</source>
        <translation>केस टोकन में %1 नहीं हो सकता; कृपया इसे जाँचें।</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../client/safehash/gui/file_dialogs.py" line="+138"/>
        <source>Photos (%1)</source>
        <translation>फ़ोटो (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Choose photos or videos</source>
        <translation>फ़ोटो या वीडियो चुनें</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos and videos (%1)</source>
        <translation>फ़ोटो और वीडियो (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Videos (%1)</source>
        <translation>वीडियो (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a folder of photos or videos</source>
        <translation>फ़ोटो या वीडियो का फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Replace the file?</source>
        <translation>फ़ाइल बदलें?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a file named %1. Replace it?</source>
        <extracomment>%1 is the name of a file the person chose to save to.</extracomment>
        <translation>%1 नाम की फ़ाइल पहले से मौजूद है। क्या उसे बदल दें?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the old file</source>
        <translation>पुरानी फ़ाइल रखें</translation>
    </message>
</context>
<context>
    <name>Forget</name>
    <message>
        <location filename="../../client/safehash/gui/forget.py" line="+18"/>
        <source>Forget everything?</source>
        <translation>सब कुछ भूल जाएँ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SafeHash will delete everything it kept on this computer: your settings, a remembered case token and fingerprints waiting to be sent.</source>
        <translation>SafeHash इस कंप्यूटर पर रखा सब कुछ मिटा देगा: आपकी सेटिंग्स, याद रखा गया केस टोकन और भेजे जाने की प्रतीक्षा में फ़िंगरप्रिंट।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Files you saved yourself, such as a receipt or a case token file, stay where you saved them: delete them yourself if you no longer need them. What was sent to the bank stays there; withdraw it first if you want it gone.</source>
        <translation>आपकी खुद सहेजी फ़ाइलें, जैसे रसीद या केस टोकन की फ़ाइल, वहीं रहती हैं जहाँ आपने उन्हें सहेजा: ज़रूरत न हो तो उन्हें खुद मिटाएँ। बैंक को भेजी गई चीज़ें वहीं रहती हैं; अगर आप उन्हें हटाना चाहते हैं तो पहले वापस लें।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget everything</source>
        <translation>सब कुछ भूल जाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>रहने दें</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../client/safehash/gui/i18n.py" line="+224"/>
        <source>English</source>
        <extracomment>The name of your language, written in your language, as it should appear in a list of languages: for example &quot;Español&quot;, &quot;Français&quot;, &quot;Português (Brasil)&quot;.</extracomment>
        <translation>हिन्दी</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../client/safehash/gui/main_window.py" line="+123"/>
        <location filename="../../client/safehash/gui/pages/done.py" line="-151"/>
        <source>Check or withdraw a case</source>
        <translation>केस देखें या वापस लें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network log</source>
        <translation>नेटवर्क लॉग</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every connection SafeHash made</source>
        <translation>SafeHash के बनाए गए सभी कनेक्शन</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Go to the previous step</source>
        <translation>पिछले चरण पर जाएँ</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Step %1 of %2: %3</source>
        <extracomment>The title of each step: &quot;Step 2 of 5: Add your photos and videos&quot;. A support worker on the phone names the step by its number.</extracomment>
        <translation>चरण %1 / %2: %3</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Back</source>
        <translation>वापस</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the steps</source>
        <translation>चरणों पर वापस जाएँ</translation>
    </message>
</context>
<context>
    <name>MediaWords</name>
    <message numerus="yes">
        <location filename="../../client/safehash/gui/media_words.py" line="+35"/>
        <source>%n photo(s)</source>
        <extracomment>A count inside a sentence, such as &quot;SafeHash will send the fingerprints of 3 photos to ...&quot;, &quot;The bank accepted 3 photos and 1 video.&quot;</extracomment>
        <translation>
            <numerusform>%n फ़ोटो</numerusform>
            <numerusform>%n फ़ोटो</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n video(s)</source>
        <extracomment>A count inside a sentence, such as &quot;SafeHash will send the fingerprints of 1 video to ...&quot;, &quot;The bank accepted 3 photos and 1 video.&quot;</extracomment>
        <translation>
            <numerusform>%n वीडियो</numerusform>
            <numerusform>%n वीडियो</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <extracomment>Two counts: %1 is &quot;3 photos&quot;, %2 is &quot;1 video&quot;.</extracomment>
        <translation>%1 और %2</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n video(s) cannot be sent to %1: it takes no videos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n वीडियो %1 को नहीं भेजा जा सकता: वह वीडियो नहीं लेता।</numerusform>
            <numerusform>%n वीडियो %1 को नहीं भेजे जा सकते: वह वीडियो नहीं लेता।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) cannot be sent to %1: it takes no photos.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n फ़ोटो %1 को नहीं भेजी जा सकती: वह फ़ोटो नहीं लेता।</numerusform>
            <numerusform>%n फ़ोटो %1 को नहीं भेजी जा सकतीं: वह फ़ोटो नहीं लेता।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) cannot be sent to %1: it takes none of their fingerprints.</source>
        <extracomment>%1 is the name of the hash bank.</extracomment>
        <translation>
            <numerusform>%n फ़ाइल %1 को नहीं भेजी जा सकती: वह उसका कोई भी फ़िंगरप्रिंट नहीं लेता।</numerusform>
            <numerusform>%n फ़ाइलें %1 को नहीं भेजी जा सकतीं: वह उनका कोई भी फ़िंगरप्रिंट नहीं लेता।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkLogPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/network_log.py" line="+38"/>
        <source>Every connection SafeHash made since it started. It never contains your photos or videos, their names or your case token, and it is forgotten when SafeHash closes.</source>
        <translation>SafeHash के शुरू होने के बाद से किया गया हर कनेक्शन। इसमें कभी भी आपकी फ़ोटो या वीडियो, उनके नाम या आपका केस टोकन नहीं होता, और SafeHash बंद होने पर इसे भुला दिया जाता है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connections</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list</source>
        <translation>सूची रीफ़्रेश करें</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <extracomment>Column titles of the network log. &quot;Method&quot; is the kind of HTTP request (GET, POST); &quot;Host&quot; the server&apos;s name; &quot;Answer&quot; the server&apos;s status code.</extracomment>
        <translation>समय</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>तरीका</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Path</source>
        <translation>पाथ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>भेजे गए बाइट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes received</source>
        <translation>मिले बाइट</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Network log</source>
        <translation>नेटवर्क लॉग</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../client/safehash/gui/widgets.py" line="+172"/>
        <source>Scroll the page</source>
        <translation>पेज स्क्रॉल करें</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Continue</source>
        <translation>आगे बढ़ें</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../../client/safehash/gui/photos.py" line="+85"/>
        <source>Pasted picture %1</source>
        <extracomment>The name of a picture pasted from the clipboard (it has no file name); %1 counts them: &quot;Pasted picture 1&quot;, &quot;Pasted picture 2&quot;.</extracomment>
        <translation>पेस्ट की गई तस्वीर %1</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Photo or video</source>
        <translation>फ़ोटो या वीडियो</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>क्या हुआ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading…</source>
        <translation>पढ़ी जा रही है…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1 read so far…</source>
        <extracomment>A video being read whose length is not known; %1 is how much of it was read, as minutes:seconds (&quot;1:05&quot;).</extracomment>
        <translation>वीडियो पढ़ा जा रहा है: अब तक %1 पढ़ा गया…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the video: %1%</source>
        <extracomment>A video being read; %1 is how much of it is done, in percent (&quot;40&quot;): write the percent sign as your language does (&quot;40 %&quot;, &quot;40٪&quot;).</extracomment>
        <translation>वीडियो पढ़ा जा रहा है: %1%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready (video, %1)</source>
        <extracomment>A video whose fingerprint is made; %1 is its length, as minutes:seconds (&quot;0:12&quot;) or hours:minutes:seconds.</extracomment>
        <translation>तैयार (वीडियो, %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too little detail for a dependable match</source>
        <translation>भरोसेमंद मिलान के लिए बहुत कम बारीकी</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../client/safehash/gui/preview.py" line="+33"/>
        <source>A still of your video</source>
        <translation>आपके वीडियो की एक स्थिर तस्वीर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your photo</source>
        <translation>आपकी फ़ोटो</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening one still picture of the video…</source>
        <translation>वीडियो की एक स्थिर तस्वीर खुल रही है…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening the photo…</source>
        <translation>फ़ोटो खुल रही है…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A still picture of the video</source>
        <translation>वीडियो की एक स्थिर तस्वीर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One still picture, from about a second into the video. The video is not played.</source>
        <translation>एक स्थिर तस्वीर, वीडियो शुरू होने के लगभग एक सेकंड बाद की। वीडियो चलाया नहीं जाता।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only shown here. SafeHash does not keep a copy of it.</source>
        <translation>सिर्फ़ यहाँ दिखाई गई है। SafeHash इसकी कोई कॉपी नहीं रखता।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the picture</source>
        <translation>तस्वीर बंद करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the photo</source>
        <translation>फ़ोटो बंद करें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../client/safehash/gui/qt_strings.py" line="+16"/>
        <source>&amp;Yes</source>
        <translation>हाँ(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>नहीं(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>QuickExit</name>
    <message>
        <location filename="../../client/safehash/gui/quick_exit.py" line="+33"/>
        <source>Press %1 twice quickly, or %2, to leave at once.</source>
        <extracomment>%1 is the Esc key, %2 the shortcut Ctrl+Shift+X, as this computer names them.</extracomment>
        <translation>तुरंत निकलने के लिए %1 को जल्दी से दो बार दबाएँ, या %2 दबाएँ।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Quick exit</source>
        <translation>तुरंत बाहर निकलें</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes SafeHash at once and forgets everything. %1</source>
        <translation>SafeHash को तुरंत बंद करता है और सब कुछ भूल जाता है। %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave at once: the window closes and SafeHash forgets everything. %1</source>
        <translation>तुरंत निकलें: विंडो बंद हो जाती है और SafeHash सब कुछ भूल जाता है। %1</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/send.py" line="+53"/>
        <source>Sending progress</source>
        <translation>भेजने की प्रगति</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Try again</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sends the same fingerprints again; the bank stores them only once</source>
        <translation>वही फ़िंगरप्रिंट फिर से भेजता है; बैंक उन्हें सिर्फ़ एक बार रखता है</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>Waiting to be sent</source>
        <translation>भेजे जाने का इंतज़ार</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Sendings that the hash bank does not have yet</source>
        <translation>वे बैच जो अभी तक हैश बैंक के पास नहीं हैं</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send again</source>
        <translation>फिर से भेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the selected sending again</source>
        <translation>चुना गया बैच फिर से भेजें</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>Discard</source>
        <translation>छोड़ दें</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Discard the selected sending</source>
        <translation>चुना गया बैच छोड़ दें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It will not be sent</source>
        <translation>यह भेजा नहीं जाएगा</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See your receipt</source>
        <translation>अपनी रसीद देखें</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is nothing to send yet; please go back a step.</source>
        <translation>अभी भेजने के लिए कुछ नहीं है; कृपया एक चरण पीछे जाएँ।</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1, waiting since %2.</source>
        <extracomment>One sending in the list; %1 counts what it holds (&quot;3 photos and 1 video&quot;), %2 is a date and time.</extracomment>
        <translation>%1, %2 से इंतज़ार में।</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not held: the hash bank had these fingerprints, but they were withdrawn.</source>
        <translation>रखे नहीं गए: हैश बैंक के पास ये फ़िंगरप्रिंट थे, लेकिन इन्हें वापस ले लिया गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent. The hash bank confirmed it.</source>
        <translation>भेज दिया गया। हैश बैंक ने पुष्टि कर दी है।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>These fingerprints will not be sent. Your photos and videos are not affected.</source>
        <translation>ये फ़िंगरप्रिंट नहीं भेजे जाएँगे। आपकी फ़ोटो और वीडियो पर कोई असर नहीं पड़ता।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it</source>
        <translation>रहने दें</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Not sent yet.</source>
        <translation>अभी नहीं भेजा गया।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Your fingerprints are kept in the list below until they are sent.</source>
        <extracomment>%1 is a whole sentence saying what went wrong.</extracomment>
        <translation>%1 आपके फ़िंगरप्रिंट भेजे जाने तक नीचे की सूची में रहेंगे।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sending the fingerprints…</source>
        <translation>फ़िंगरप्रिंट भेजे जा रहे हैं…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 Last try: %2</source>
        <extracomment>%1 is the line above (&quot;3 photos, waiting since ...&quot;), %2 a whole sentence saying what went wrong at the last try.</extracomment>
        <translation>%1 पिछली कोशिश: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These are kept only until SafeHash closes.</source>
        <translation>ये सिर्फ़ SafeHash बंद होने तक रखे जाते हैं।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These are kept, encrypted, on this computer until they are sent.</source>
        <translation>ये भेजे जाने तक इस कंप्यूटर पर एन्क्रिप्ट करके रखे जाते हैं।</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Discard this sending?</source>
        <translation>यह बैच छोड़ दें?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/settings_page.py" line="+61"/>
        <location line="+9"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A language you choose is used at once. To keep it for next time, press “%1” below.</source>
        <extracomment>%1 is the name of the button &quot;Save on this computer&quot;.</extracomment>
        <translation>आप जो भाषा चुनते हैं, वह तुरंत इस्तेमाल होती है। अगली बार के लिए इसे रखने के लिए नीचे “%1” दबाएँ।</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Save on this computer</source>
        <translation>इस कंप्यूटर पर सहेजें</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+3"/>
        <source>Text size</source>
        <translation>टेक्स्ट का आकार</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use another hash bank (advanced)</source>
        <translation>दूसरा हैश बैंक इस्तेमाल करें (उन्नत)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another hash bank</source>
        <translation>दूसरा हैश बैंक इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address of the other hash bank</source>
        <translation>दूसरे हैश बैंक का पता</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hash bank</source>
        <translation>हैश बैंक</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proxy address</source>
        <translation>प्रॉक्सी का पता</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example socks5h://127.0.0.1:9050 to go through Tor</source>
        <translation>उदाहरण के लिए Tor से होकर जाने के लिए socks5h://127.0.0.1:9050</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty to connect directly. To hide that you use SafeHash from your network, enter the address of a proxy such as Tor.</source>
        <translation>सीधे जुड़ने के लिए ख़ाली छोड़ दें। अपने नेटवर्क से यह छिपाने के लिए कि आप SafeHash इस्तेमाल करते हैं, Tor जैसे किसी प्रॉक्सी का पता डालें।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection</source>
        <translation>कनेक्शन</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remember my case on this computer</source>
        <translation>इस कंप्यूटर पर मेरा केस याद रखें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep fingerprints that could not be sent yet, encrypted</source>
        <translation>जो फ़िंगरप्रिंट अभी तक नहीं भेजे जा सके, उन्हें एन्क्रिप्ट करके रखें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep fingerprints that could not be sent yet</source>
        <translation>जो फ़िंगरप्रिंट अभी तक नहीं भेजे जा सके, उन्हें रखें</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By default SafeHash remembers nothing: everything is forgotten when it closes.</source>
        <translation>अपने-आप SafeHash कुछ भी याद नहीं रखता: बंद होने पर सब कुछ भुला दिया जाता है।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What this computer remembers</source>
        <translation>यह कंप्यूटर क्या याद रखता है</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use until SafeHash closes</source>
        <translation>SafeHash बंद होने तक इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use these settings until SafeHash closes</source>
        <translation>SafeHash बंद होने तक ये सेटिंग इस्तेमाल करें</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save these settings on this computer</source>
        <translation>ये सेटिंग इस कंप्यूटर पर सहेजें</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forget everything on this computer…</source>
        <translation>इस कंप्यूटर पर सब कुछ भूल जाएँ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget everything on this computer</source>
        <translation>इस कंप्यूटर पर सब कुछ भूल जाएँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes everything SafeHash kept here: settings, remembered case, waiting sendings</source>
        <translation>SafeHash ने यहाँ जो कुछ रखा, सब मिटाता है: सेटिंग्स, याद रखा गया केस, प्रतीक्षा में बैच</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget everything</source>
        <translation>सब कुछ भूल जाएँ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes your saved settings, a remembered case token and fingerprints waiting to be sent. Files you saved yourself, such as a receipt or a case token file, stay where you saved them.</source>
        <translation>आपकी सहेजी सेटिंग्स, याद रखा गया केस टोकन और भेजे जाने की प्रतीक्षा में फ़िंगरप्रिंट मिटाता है। आपकी खुद सहेजी फ़ाइलें, जैसे रसीद या केस टोकन की फ़ाइल, वहीं रहती हैं जहाँ आपने उन्हें सहेजा।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About SafeHash and its licences…</source>
        <translation>SafeHash और उसके लाइसेंसों के बारे में…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About SafeHash and its licences</source>
        <translation>SafeHash और उसके लाइसेंसों के बारे में</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About SafeHash</source>
        <translation>SafeHash के बारे में</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which free software SafeHash includes, under which licences, and where its source code is.</source>
        <translation>SafeHash में कौन-से मुक्त सॉफ़्टवेयर शामिल हैं, किन लाइसेंसों के तहत, और उनका सोर्स कोड कहाँ है।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fingerprints are sent to %1, as set by %2.</source>
        <extracomment>%1 is the hash bank (&quot;the practice bank on this computer ...&quot; or its name), %2 the organisation that set up this copy of SafeHash.</extracomment>
        <translation>फ़िंगरप्रिंट %1 को भेजे जाते हैं, जैसा %2 ने तय किया है।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer&apos;s language</source>
        <translation>कंप्यूटर की भाषा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usual size</source>
        <translation>सामान्य आकार</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Larger</source>
        <translation>बड़ा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest</source>
        <translation>सबसे बड़ा</translation>
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
        <translation>भाषा बदल दी गई: %1।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The proxy address is not valid: it starts with socks5h://, socks5://, http:// or https://, followed by the proxy&apos;s address and port.</source>
        <translation>प्रॉक्सी का पता सही नहीं है: यह socks5h://, socks5://, http:// या https:// से शुरू होता है, और उसके बाद प्रॉक्सी का पता और पोर्ट आता है।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A proxy with a password cannot be used from the settings.</source>
        <translation>पासवर्ड वाला प्रॉक्सी सेटिंग से इस्तेमाल नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The hash bank address is not valid: %1</source>
        <extracomment>%1 is a whole sentence saying what a valid address looks like.</extracomment>
        <translation>हैश बैंक का पता सही नहीं है: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved on this computer.</source>
        <translation>इस कंप्यूटर पर सहेज लिया गया।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use until SafeHash closes. Nothing was saved.</source>
        <translation>SafeHash बंद होने तक इस्तेमाल में है। कुछ भी सहेजा नहीं गया।</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <location filename="../../client/safehash/gui/step_indicator.py" line="+38"/>
        <source>Step %1 of %2</source>
        <extracomment>What a screen reader says for the row of step numbers at the top.</extracomment>
        <translation>चरण %1/%2</translation>
    </message>
</context>
<context>
    <name>SupportGuide</name>
    <message>
        <location filename="../../client/safehash/gui/guide_text.py" line="+19"/>
        <source>SafeHash: a step-by-step guide for support workers</source>
        <extracomment>The title of the support worker&apos;s guide (a web page).</extracomment>
        <translation>SafeHash: सहायता कर्मियों के लिए चरण-दर-चरण गाइड</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use this guide on the phone or beside the person. Each step shows the window as the person sees it, with the step number at the top that you can both name, and what you can say. Let the person press the buttons themselves, and never ask them to send you their photos or videos.</source>
        <translation>यह गाइड फ़ोन पर या व्यक्ति के पास बैठकर इस्तेमाल करें। हर चरण विंडो को वैसा दिखाता है जैसा व्यक्ति उसे देखता है, ऊपर चरण की संख्या के साथ जिसे आप दोनों बोल सकते हैं, और यह भी कि आप क्या कह सकते हैं। बटन व्यक्ति को खुद दबाने दें, और उनसे कभी अपनी फ़ोटो या वीडियो भेजने को न कहें।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Before you start, show the person “%1” in the top corner of every window: it closes SafeHash at once and forgets everything. %2</source>
        <extracomment>%1 is the name of the Quick exit button, %2 the sentence that names its keys.</extracomment>
        <translation>शुरू करने से पहले व्यक्ति को हर विंडो के ऊपरी कोने में “%1” दिखाएँ: यह SafeHash को तुरंत बंद करके सब कुछ भूल जाता है। %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to say</source>
        <extracomment>The heading above the words a support worker can say at each step.</extracomment>
        <translation>क्या कहें</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SafeHash makes a fingerprint of each photo and video on the person&apos;s own computer. Only the fingerprints are sent, never the photos or videos. A fingerprint does not remove photos or videos that are already online. When the person is ready, they press “%1”.</source>
        <extracomment>%1 is the name of the button that starts (on the window: &quot;Start&quot;).</extracomment>
        <translation>SafeHash व्यक्ति के अपने कंप्यूटर पर हर फ़ोटो और वीडियो का फ़िंगरप्रिंट बनाता है। सिर्फ़ फ़िंगरप्रिंट भेजे जाते हैं, फ़ोटो या वीडियो कभी नहीं। फ़िंगरप्रिंट पहले से ऑनलाइन फ़ोटो या वीडियो को नहीं हटाता। जब व्यक्ति तैयार हो, तो वे “%1” दबाते हैं।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person drags their photos and videos onto the window, or presses “%1” and picks them; they can also open them with SafeHash from their file manager. Nothing is shown unless they ask, and a video is never played: asking shows one still picture from it. A long video takes a while; its row shows how far it has got. When every row says “%2”, they press “%3”.</source>
        <extracomment>%1 is the button that opens the file chooser, %2 the word a row of the list shows when its photo or video has been read (&quot;Ready&quot;), %3 the button that goes on (&quot;Continue&quot;). A &quot;row&quot; is one line of the list of photos and videos.</extracomment>
        <translation>व्यक्ति अपनी फ़ोटो और वीडियो विंडो पर खींचकर डालते हैं, या “%1” दबाकर उन्हें चुनते हैं; वे अपने फ़ाइल मैनेजर से उन्हें SafeHash से भी खोल सकते हैं। जब तक वे न कहें, कुछ नहीं दिखाया जाता, और वीडियो कभी चलाया नहीं जाता: कहने पर उसकी सिर्फ़ एक स्थिर तस्वीर दिखती है। लंबे वीडियो में थोड़ा समय लगता है; उसकी पंक्ति दिखाती है कि वह कितना पढ़ा जा चुका है। जब हर पंक्ति में “%2” लिखा हो, तो वे “%3” दबाते हैं।</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This page says what will be sent, and can show the whole message. Photos and videos with too little detail can be left out. The person ticks the box that says the photos and videos are of them, or that they may act for the person in them, and presses “%1”.</source>
        <extracomment>%1 is the button that goes on (&quot;Continue&quot;).</extracomment>
        <translation>यह पेज बताता है कि क्या भेजा जाएगा, और पूरा संदेश दिखा सकता है। बहुत कम बारीकी वाली फ़ोटो और वीडियो छोड़े जा सकते हैं। व्यक्ति वह बॉक्स चुनते हैं जो कहता है कि फ़ोटो और वीडियो उनके हैं, या वे उनमें दिख रहे व्यक्ति की ओर से काम कर सकते हैं, और “%1” दबाते हैं।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>SafeHash sends the fingerprints and shows what the hash bank confirmed. The person can press “%1”: the receipt holds the case reference, never the case token, a photo or a video. If sending fails, the fingerprints wait in a list and can be sent again.</source>
        <extracomment>%1 is the button that saves the receipt.</extracomment>
        <translation>SafeHash फ़िंगरप्रिंट भेजता है और दिखाता है कि हैश बैंक ने क्या पुष्टि की। व्यक्ति “%1” दबा सकते हैं: रसीद में केस संदर्भ होता है, केस टोकन, कोई फ़ोटो या वीडियो कभी नहीं। अगर भेजना विफल हो, तो फ़िंगरप्रिंट एक सूची में इंतज़ार करते हैं और फिर से भेजे जा सकते हैं।</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>If you gave the person a case token, they type it here. Otherwise they open a new case: its case token is shown only once, so they write it down or save it somewhere safe. Then they press “%1”.</source>
        <extracomment>%1 is the button that sends (&quot;Send&quot;).</extracomment>
        <translation>अगर आपने व्यक्ति को केस टोकन दिया है, तो वे उसे यहाँ टाइप करते हैं। वरना वे नया केस खोलते हैं: उसका केस टोकन सिर्फ़ एक बार दिखता है, इसलिए वे उसे लिख लेते हैं या किसी सुरक्षित जगह सहेजते हैं। फिर वे “%1” दबाते हैं।</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Later, “%1” at the bottom of the window asks the bank what it holds for the case, and can withdraw it. The person needs the case reference from the receipt and the case token.</source>
        <extracomment>%1 is the name of the link at the bottom of the window (&quot;Check or withdraw a case&quot;).</extracomment>
        <translation>बाद में, विंडो के नीचे “%1” बैंक से पूछता है कि केस के लिए उसके पास क्या है, और उसे वापस ले सकता है। इसके लिए व्यक्ति को रसीद का केस संदर्भ और केस टोकन चाहिए।</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made from SafeHash %1 itself, in this language. The pictures are practice photos, never anyone&apos;s own.</source>
        <extracomment>%1 is SafeHash&apos;s version number.</extracomment>
        <translation>SafeHash %1 से ही, इसी भाषा में बनाया गया। तस्वीरें अभ्यास की फ़ोटो हैं, किसी की अपनी नहीं।</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../client/safehash/gui/pages/welcome.py" line="+40"/>
        <source>What is sent, and what is not</source>
        <translation>क्या भेजा जाता है, और क्या नहीं</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What this can and cannot do</source>
        <translation>यह क्या कर सकता है और क्या नहीं</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Help and support</source>
        <translation>मदद और सहायता</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick exit: %1</source>
        <translation>तुरंत बाहर निकलें: %1</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Sent: a fingerprint of each photo and video (a short code made from the picture, often called a hash) and your case token.</source>
        <translation>भेजा जाता है: हर फ़ोटो और वीडियो का एक फ़िंगरप्रिंट (तस्वीर से बना एक छोटा कोड, जिसे अक्सर हैश कहा जाता है) और आपका केस टोकन।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never sent: your photos and videos, their names, where they are on this computer, or anything else about you.</source>
        <translation>कभी नहीं भेजा जाता: आपकी फ़ोटो और वीडियो, उनके नाम, इस कंप्यूटर पर वे कहाँ हैं, या आपके बारे में कुछ भी और।</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It helps partner platforms block copies of your photos and videos. It does not remove what is already online, and it cannot stop every website.</source>
        <translation>यह साझेदार प्लैटफ़ॉर्म को आपकी फ़ोटो और वीडियो की कॉपी रोकने में मदद करता है। यह पहले से ऑनलाइन मौजूद चीज़ें नहीं हटाता, और हर वेबसाइट को नहीं रोक सकता।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A fingerprint is sensitive: a rough likeness of a photo, or of moments of a video, can sometimes be rebuilt from it. It is only sent to the bank named here.</source>
        <translation>फ़िंगरप्रिंट संवेदनशील जानकारी है: कभी-कभी इससे किसी फ़ोटो, या किसी वीडियो के कुछ पलों, की एक धुंधली-सी झलक दोबारा बनाई जा सकती है। इसे सिर्फ़ यहाँ बताए गए बैंक को भेजा जाता है।</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If someone in a photo or video was under %1</source>
        <extracomment>%1 is the age, 18, in the digits of your language.</extracomment>
        <translation>अगर किसी फ़ोटो या वीडियो में कोई %1 साल से कम उम्र का था</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to %1, where you can try out every step: nothing leaves this computer.</source>
        <translation>SafeHash आपकी चुनी हर फ़ोटो और वीडियो का फ़िंगरप्रिंट यहीं इस कंप्यूटर पर बनाता है। सिर्फ़ ये फ़िंगरप्रिंट, आपके केस टोकन के साथ, %1 को भेजे जाते हैं, जहाँ आप हर चरण आज़मा सकते हैं: कुछ भी इस कंप्यूटर से बाहर नहीं जाता।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SafeHash makes a fingerprint of each photo and video you choose, here on this computer. Only these fingerprints, with your case token, are sent to the hash bank used by %1. Partner platforms use them to recognise copies of your photos and videos and block them.</source>
        <translation>SafeHash आपकी चुनी हुई हर फ़ोटो और वीडियो का एक फ़िंगरप्रिंट यहीं, इसी कंप्यूटर पर बनाता है। सिर्फ़ ये फ़िंगरप्रिंट, आपके केस टोकन के साथ, उस हैश बैंक को भेजे जाते हैं जिसका उपयोग %1 करता है। साझेदार प्लैटफ़ॉर्म इनसे आपकी फ़ोटो और वीडियो की कॉपी पहचानकर उन्हें रोकते हैं।</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+1"/>
        <source>Open %1</source>
        <translation>%1 खोलें</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the website in your browser</source>
        <translation>वेबसाइट को आपके ब्राउज़र में खोलता है</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Welcome</source>
        <translation>स्वागत है</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>शुरू करें</translation>
    </message>
</context>
</TS>
