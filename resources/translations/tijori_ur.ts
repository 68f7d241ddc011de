<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur">
<context>
    <name></name>
    <message>
        <source>No attestation has been finalised in this ledger yet. Make one under New attestation; it appears here once it is final.</source>
        <translation>اس لیجر میں ابھی کوئی تصدیق نامہ حتمی نہیں ہوا۔ «نیا تصدیق نامہ» میں ایک بنائیں؛ حتمی ہوتے ہی یہ یہاں نظر آئے گا۔</translation>
    </message>
    <message>
        <source>Make a report…</source>
        <translation>رپورٹ بنائیں…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>نقل محفوظ کریں…</translation>
    </message>
    <message>
        <source>first of the chain</source>
        <translation>سلسلے کا پہلا</translation>
    </message>
    <message>
        <source>✓ follows {id}</source>
        <translation>‏✓ {id} کے بعد</translation>
    </message>
    <message>
        <source>✗ previous not in this ledger</source>
        <translation>✗ پچھلا اس لیجر میں نہیں</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Save the attestation</source>
        <translation>تصدیق نامہ محفوظ کریں</translation>
    </message>
    <message>
        <source>Attestations (*.json);;All files (*)</source>
        <translation>تصدیق نامے (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ ہو گیا</translation>
    </message>
    <message>
        <source>The attestation was saved to {path}.</source>
        <translation>تصدیق نامہ {path} میں محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Attest the reserves</source>
        <extracomment>A background step ended (built, resumed, finalised or failed).</extracomment>
        <translation>ذخائر کا تصدیق نامہ</translation>
    </message>
    <message>
        <source>New attestation</source>
        <translation>نیا تصدیق نامہ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>دائرہ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <source>Signing request</source>
        <translation>دستخط کی درخواست</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <source>→</source>
        <translation>←</translation>
    </message>
    <message>
        <source>Resume it</source>
        <translation>اسے جاری رکھیں</translation>
    </message>
    <message>
        <source>Make a report of it…</source>
        <translation>اس کی رپورٹ بنائیں…</translation>
    </message>
    <message>
        <source>Start a new attestation</source>
        <translation>نیا تصدیق نامہ شروع کریں</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>▶ واپس</translation>
    </message>
    <message>
        <source>Resume from a request file…</source>
        <translation>درخواست کی فائل سے جاری رکھیں…</translation>
    </message>
    <message>
        <source>Signatures are still being collected for {path}.</source>
        <translation>‏{path} کے لیے دستخط ابھی جمع ہو رہے ہیں۔</translation>
    </message>
    <message>
        <source>Build the statement ▶</source>
        <translation>بیان تیار کریں ◀</translation>
    </message>
    <message>
        <source>Signing request ▶</source>
        <translation>دستخط کی درخواست ◀</translation>
    </message>
    <message>
        <source>Signatures ▶</source>
        <translation>دستخط ◀</translation>
    </message>
    <message>
        <source>Some entries need attention (see above).</source>
        <translation>کچھ اندراجات توجہ طلب ہیں (اوپر دیکھیں)۔</translation>
    </message>
    <message>
        <source>Taking the holdings in scope and building the Merkle tree…</source>
        <translation>دائرے میں شامل ہولڈنگز لی جا رہی ہیں اور مرکل درخت بن رہا ہے…</translation>
    </message>
    <message>
        <source>Building the statement…</source>
        <translation>بیان تیار ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Request {id} written. Review the statement before it goes to the signers.</source>
        <translation>درخواست {id} لکھ دی گئی۔ دستخط کنندگان کو بھیجنے سے پہلے بیان کا جائزہ لیں۔</translation>
    </message>
    <message>
        <source>Cancelled: no request was written.</source>
        <translation>منسوخ: کوئی درخواست نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <source>Resume from a signing request</source>
        <translation>دستخط کی درخواست سے جاری رکھیں</translation>
    </message>
    <message>
        <source>Signing requests (*.req.json *.json);;All files (*)</source>
        <translation>دستخط کی درخواستیں (*.req.json *.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Resumed request {id} ({n} response(s) found beside it).</source>
        <translation>درخواست {id} دوبارہ شروع ہوئی (اس کے ساتھ {n} جواب ملے)۔</translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation>درخواست پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Finalising…</source>
        <translation>حتمی کیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Attestation {id} is final with {n} signatures and recorded in the ledger: {path}</source>
        <translation>تصدیق نامہ {id} {n} دستخطوں کے ساتھ حتمی ہے اور لیجر میں درج ہو گیا: {path}</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>‏{size} بائٹس</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>‏{size} KiB</translation>
    </message>
    <message>
        <source>Carry the signing request to each signer&apos;s offline PC, as a file or as QR codes. Keep the leaves file here: it is needed for reports and inclusion proofs, and is never sent with a public report.</source>
        <translation>دستخط کی درخواست ہر دستخط کنندہ کے آف لائن کمپیوٹر تک فائل یا QR کوڈز کی صورت میں لے جائیں۔ پتوں کی فائل یہیں رکھیں: یہ رپورٹوں اور شمولیت کے ثبوتوں کے لیے درکار ہے، اور عوامی رپورٹ کے ساتھ کبھی نہیں بھیجی جاتی۔</translation>
    </message>
    <message>
        <source>Signing request:</source>
        <translation>دستخط کی درخواست:</translation>
    </message>
    <message>
        <source>Leaves:</source>
        <translation>پتے:</translation>
    </message>
    <message>
        <source>Carries:</source>
        <translation>شامل ہے:</translation>
    </message>
    <message>
        <source>Show as QR codes</source>
        <translation>‏QR کوڈز کی صورت میں دکھائیں</translation>
    </message>
    <message>
        <source>Save the QR images…</source>
        <translation>‏QR تصاویر محفوظ کریں…</translation>
    </message>
    <message>
        <source>not known for a resumed request</source>
        <translation>دوبارہ شروع کی گئی درخواست کے لیے معلوم نہیں</translation>
    </message>
    <message>
        <source>the statement and the leaves</source>
        <translation>بیان اور پتے</translation>
    </message>
    <message>
        <source>the statement (the leaves stay here)</source>
        <translation>بیان (پتے یہیں رہتے ہیں)</translation>
    </message>
    <message>
        <source>Save a copy of the signing request</source>
        <translation>دستخط کی درخواست کی نقل محفوظ کریں</translation>
    </message>
    <message>
        <source>Signing requests (*.req.json);;All files (*)</source>
        <translation>دستخط کی درخواستیں (*.req.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>‏{path} نہیں لکھی جا سکی: {reason}</translation>
    </message>
    <message>
        <source>A copy was saved to {path}.</source>
        <translation>نقل {path} میں محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>Drawing the QR codes…</source>
        <translation>‏QR کوڈز بن رہے ہیں…</translation>
    </message>
    <message>
        <source>{n} QR code(s): let the signer&apos;s camera read every one, in any order.</source>
        <translation>‏{n} QR کوڈ: دستخط کنندہ کا کیمرا ہر ایک کو پڑھے، کسی بھی ترتیب میں۔</translation>
    </message>
    <message>
        <source>Save the QR images into a folder</source>
        <translation>‏QR تصاویر کسی فولڈر میں محفوظ کریں</translation>
    </message>
    <message>
        <source>Writing the QR images…</source>
        <translation>‏QR تصاویر لکھی جا رہی ہیں…</translation>
    </message>
    <message>
        <source>Wrote {n} QR image(s) to {folder}.</source>
        <translation>‏{n} QR تصاویر {folder} میں لکھ دی گئیں۔</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>تصدیق نامہ:</translation>
    </message>
    <message>
        <source>Custodian:</source>
        <translation>کسٹوڈین:</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>سائٹس:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>بتاریخ:</translation>
    </message>
    <message>
        <source>Holdings (tree size):</source>
        <translation>ہولڈنگز (درخت کا سائز):</translation>
    </message>
    <message>
        <source>Merkle root:</source>
        <translation>مرکل جڑ:</translation>
    </message>
    <message>
        <source>Journal:</source>
        <translation>جرنل:</translation>
    </message>
    <message>
        <source>Previous attestation:</source>
        <translation>پچھلا تصدیق نامہ:</translation>
    </message>
    <message>
        <source>Commodity</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>اکائی</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>ٹوکن</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>سپلائی</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>درکار</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>ذخائر</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>احاطہ</translation>
    </message>
    <message>
        <source></source>
        <translation></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>میزان</translation>
    </message>
    <message>
        <source>Token coverage</source>
        <translation>ٹوکن کا احاطہ</translation>
    </message>
    <message>
        <source>{n} events, head {head}</source>
        <translation>‏{n} اندراجات، سرا {head}</translation>
    </message>
    <message>
        <source>{id} as of {as_of}, digest {digest}</source>
        <translation>‏{id} بتاریخ {as_of}، ڈائجسٹ {digest}</translation>
    </message>
    <message>
        <source>none: this is the first attestation</source>
        <translation>کوئی نہیں: یہ پہلا تصدیق نامہ ہے</translation>
    </message>
    <message>
        <source>not covered by this attestation</source>
        <translation>اس تصدیق نامے میں شامل نہیں</translation>
    </message>
    <message>
        <source>no supply recorded</source>
        <translation>کوئی سپلائی درج نہیں</translation>
    </message>
    <message>
        <source>nothing required</source>
        <translation>کچھ درکار نہیں</translation>
    </message>
    <message>
        <source>outside the scope</source>
        <translation>دائرے سے باہر</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>پورا ہے</translation>
    </message>
    <message>
        <source>SHORTFALL</source>
        <translation>کمی</translation>
    </message>
    <message>
        <source>SHORTFALL: the reserves do not cover the supply of {tokens}.</source>
        <translation>کمی: ذخائر {tokens} کی سپلائی پوری نہیں کرتے۔</translation>
    </message>
    <message>
        <source>No token is recorded in this ledger.</source>
        <translation>اس لیجر میں کوئی ٹوکن درج نہیں۔</translation>
    </message>
    <message>
        <source>Not a time such as 2026-11-25T09:30:00Z.</source>
        <translation>یہ 2026-11-25T09:30:00Z جیسا وقت نہیں۔</translation>
    </message>
    <message>
        <source>Give the time zone too (Z for UTC).</source>
        <translation>ٹائم زون بھی دیں (UTC کے لیے Z)۔</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <extracomment>Bad rows described in the Problems table (every one is counted).</extracomment>
        <translation>فائل {path} موجود نہیں۔</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new name.</source>
        <translation>‏{path} پہلے سے موجود ہے؛ نیا نام منتخب کریں۔</translation>
    </message>
    <message>
        <source>There is no folder {path}.</source>
        <translation>فولڈر {path} موجود نہیں۔</translation>
    </message>
    <message>
        <source>Its leaves file {path} already exists; choose a new name.</source>
        <translation>اس کی پتوں کی فائل {path} پہلے سے موجود ہے؛ نیا نام منتخب کریں۔</translation>
    </message>
    <message>
        <source>empty: now</source>
        <translation>خالی: ابھی</translation>
    </message>
    <message>
        <source>Choose the trust policy</source>
        <translation>ٹرسٹ پالیسی منتخب کریں</translation>
    </message>
    <message>
        <source>Policies (*.json);;All files (*)</source>
        <translation>پالیسیاں (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Save the signing request as</source>
        <translation>دستخط کی درخواست اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <source>Include the leaves in the request</source>
        <translation>درخواست میں پتے شامل کریں</translation>
    </message>
    <message>
        <source>optional: 64 hex digits from the auditor</source>
        <translation>اختیاری: آڈیٹر کی طرف سے 64 ہیکس ہندسے</translation>
    </message>
    <message>
        <source>The organisation that holds the reserves, as it will be signed.</source>
        <translation>وہ ادارہ جس کی تحویل میں ذخائر ہیں، جیسا کہ دستخط میں آئے گا۔</translation>
    </message>
    <message>
        <source>UTC, RFC 3339 (2026-11-25T09:30:00Z); empty for now.</source>
        <translation>وقت UTC میں، RFC 3339 (2026-11-25T09:30:00Z)؛ ابھی کے لیے خالی چھوڑیں۔</translation>
    </message>
    <message>
        <source>Trust policy:</source>
        <translation>ٹرسٹ پالیسی:</translation>
    </message>
    <message>
        <source>The offline signer then recomputes the root and the totals itself; the request grows with every holding.</source>
        <translation>تب آف لائن دستخط کنندہ جڑ اور میزان خود دوبارہ شمار کرتا ہے؛ ہر ہولڈنگ کے ساتھ درخواست بڑی ہوتی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Auditor&apos;s nonce commitment:</source>
        <translation>آڈیٹر کا نانس کا عہد:</translation>
    </message>
    <message>
        <source>The commitment the auditor gave you: the statement binds the nonce of their count, so neither side can choose its sample.</source>
        <translation>آڈیٹر کا دیا ہوا عہد: بیان ان کی گنتی کے نانس کو باندھ دیتا ہے، اس لیے کوئی فریق اس کا نمونہ نہیں چن سکتا۔</translation>
    </message>
    <message>
        <source>Ticked sites are attested; all of them by default.</source>
        <translation>جن سائٹس پر نشان ہے ان کا تصدیق نامہ بنتا ہے؛ پہلے سے سب پر نشان ہے۔</translation>
    </message>
    <message>
        <source>The leaves file goes beside it: {path}</source>
        <translation>پتوں کی فائل اس کے ساتھ رکھی جائے گی: {path}</translation>
    </message>
    <message>
        <source>Tick at least one site.</source>
        <translation>کم از کم ایک سائٹ پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>Signer</source>
        <extracomment>Busy or not, enabled buttons changed.</extracomment>
        <translation>دستخط کنندہ</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>دستخط کا وقت</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Add response files…</source>
        <translation>جواب کی فائلیں شامل کریں…</translation>
    </message>
    <message>
        <source>Add from QR images…</source>
        <translation>‏QR تصاویر سے شامل کریں…</translation>
    </message>
    <message>
        <source>Scan with the camera…</source>
        <translation>کیمرے سے اسکین کریں…</translation>
    </message>
    <message>
        <source>Read a signer&apos;s response from their screen&apos;s QR codes; one response a scan</source>
        <translation>دستخط کنندہ کا جواب اس کی اسکرین کے QR کوڈز سے پڑھیں؛ ہر اسکین میں ایک جواب</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>حد</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>ابھی باقی</translation>
    </message>
    <message>
        <source>Save the attestation as</source>
        <translation>تصدیق نامہ اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <source>Attestation file:</source>
        <translation>تصدیق نامے کی فائل:</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>حتمی کریں</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>جوابات</translation>
    </message>
    <message>
        <source>Thresholds of the trust policy</source>
        <translation>ٹرسٹ پالیسی کی حدیں</translation>
    </message>
    <message>
        <source>Add signature responses</source>
        <translation>دستخط کے جوابات شامل کریں</translation>
    </message>
    <message>
        <source>Responses (*.sig *.json);;All files (*)</source>
        <translation>جوابات (*.sig *.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Add a response from QR images</source>
        <translation>‏QR تصاویر سے جواب شامل کریں</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg *.bmp *.gif);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>the QR images</source>
        <translation>‏QR تصاویر</translation>
    </message>
    <message>
        <source>Reading the QR codes…</source>
        <translation>‏QR کوڈز پڑھے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Scan a signer&apos;s response</source>
        <translation>دستخط کنندہ کا جواب اسکین کریں</translation>
    </message>
    <message>
        <source>the camera&apos;s QR codes</source>
        <translation>کیمرے کے QR کوڈز</translation>
    </message>
    <message>
        <source>Checking the response…</source>
        <translation>جواب کی پڑتال ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Checking the responses…</source>
        <translation>جوابات کی پڑتال ہو رہی ہے…</translation>
    </message>
    <message>
        <source>✓ met</source>
        <translation>✓ پوری</translation>
    </message>
    <message>
        <source>✗ {n} more needed</source>
        <translation>✗ مزید {n} درکار</translation>
    </message>
    <message>
        <source>{n} of {of}</source>
        <translation>‏{of} میں سے {n}</translation>
    </message>
    <message>
        <source>Every threshold is met: the attestation can be finalised.</source>
        <translation>ہر حد پوری ہو گئی: تصدیق نامہ حتمی کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>No response yet. Add the files (or QR images) the signers bring back; you can close Tijori and resume from the request later.</source>
        <translation>ابھی کوئی جواب نہیں۔ دستخط کنندگان جو فائلیں (یا QR تصاویر) واپس لائیں وہ شامل کریں؛ آپ Tijori بند کر کے بعد میں درخواست سے دوبارہ شروع کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Still waiting for signatures: {roles}.</source>
        <translation>ابھی دستخطوں کا انتظار ہے: {roles}۔</translation>
    </message>
    <message>
        <source>Added {n} response(s).</source>
        <translation>‏{n} جواب شامل کیے گئے۔</translation>
    </message>
    <message>
        <source>VALID</source>
        <extracomment>Not done: dark enough to read as text on white, and as a banner under white text. A word holding a digit and a hyphen: an id (a UUID) or a time (RFC 3339).
----------
The bottom line&apos;s colour by outcome (neutral for none: not checked).</extracomment>
        <translation>درست</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>نادرست</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>غیر متوقع خرابی</translation>
    </message>
    <message>
        <source>This is a fault in Tijori, not in what you entered. Nothing half-written was kept. Copy the details below into a report.</source>
        <translation>یہ خرابی Tijori میں ہے، آپ کے اندراج میں نہیں۔ ادھورا لکھا ہوا کچھ بھی نہیں رکھا گیا۔ نیچے دی گئی تفصیلات نقل کر کے اطلاع دیں۔</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>رابطہ ٹوٹ گیا</translation>
    </message>
    <message>
        <source>Check failed</source>
        <translation>پڑتال ناکام</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>یہ نہیں ہو سکتا</translation>
    </message>
    <message>
        <source>Export holdings</source>
        <extracomment>Where the last export folder is remembered (settings &quot;folders/exports&quot;).</extracomment>
        <translation>ہولڈنگز برآمد کریں</translation>
    </message>
    <message>
        <source>Exporting {what}</source>
        <translation>‏{what} برآمد ہو رہے ہیں</translation>
    </message>
    <message>
        <source>{rows} {noun} written to:
{path}

As of journal event {seq}.</source>
        <translation>‏{rows} {noun} یہاں لکھے گئے:
{path}

جرنل اندراج {seq} کے مطابق۔</translation>
    </message>
    <message>
        <source>Count sheet of {site}</source>
        <translation>‏{site} کی گنتی شیٹ</translation>
    </message>
    <message>
        <source>Count sheet of {rows} {noun} at {site} written to:
{path}

As of journal event {seq}.</source>
        <translation>‏{site} پر {rows} {noun} کی گنتی شیٹ یہاں لکھی گئی:
{path}

جرنل اندراج {seq} کے مطابق۔</translation>
    </message>
    <message>
        <source>Writing to:</source>
        <translation>یہاں لکھا جا رہا ہے:</translation>
    </message>
    <message>
        <source>The file appears only once it is complete; Cancel leaves no file behind.</source>
        <translation>فائل مکمل ہونے پر ہی نظر آتی ہے؛ منسوخ کرنے پر کوئی فائل باقی نہیں رہتی۔</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>لکھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>لکھ دیا گیا</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <source>Type a path, or click the folder to choose</source>
        <translation>راستہ لکھیں، یا منتخب کرنے کے لیے فولڈر پر کلک کریں</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>سائٹ</translation>
    </message>
    <message>
        <source>Metal</source>
        <translation>دھات</translation>
    </message>
    <message>
        <source>Refiner / brand</source>
        <translation>ریفائنر / برانڈ</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>سیریل</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Gross ozt</source>
        <translation>مجموعی ozt</translation>
    </message>
    <message>
        <source>Fineness</source>
        <translation>خالصیت</translation>
    </message>
    <message>
        <source>Fine ozt</source>
        <translation>خالص ozt</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Good Delivery</source>
        <translation>گڈ ڈیلیوری</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>نشانات</translation>
    </message>
    <message>
        <source>Warrant</source>
        <translation>وارنٹ</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>شکل</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>گریڈ</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translation>بنڈل</translation>
    </message>
    <message>
        <source>Gross t</source>
        <translation>مجموعی t</translation>
    </message>
    <message>
        <source>Net t</source>
        <translation>صافی t</translation>
    </message>
    <message>
        <source>Within ±2 %</source>
        <translation>±2 % کے اندر</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>پروڈکٹ</translation>
    </message>
    <message>
        <source>Roof</source>
        <translation>چھت</translation>
    </message>
    <message>
        <source>Gauged (UTC)</source>
        <translation>پیمائش (UTC)</translation>
    </message>
    <message>
        <source>NSV m³</source>
        <translation>NSV m³</translation>
    </message>
    <message>
        <source>NSV bbl</source>
        <translation>NSV bbl</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Measured (UTC)</source>
        <translation>ناپا گیا (UTC)</translation>
    </message>
    <message>
        <source>Energy MMBtu</source>
        <translation>توانائی MMBtu</translation>
    </message>
    <message>
        <source>Cushion MMBtu</source>
        <translation>کشن MMBtu</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>‏{path} فولڈر ہے، فائل نہیں۔</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>سونا</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>چاندی</translation>
    </message>
    <message>
        <source>Import a bar list</source>
        <extracomment>A check or an import ended (whatever its outcome) and the page shows it.</extracomment>
        <translation>بار لسٹ درآمد کریں</translation>
    </message>
    <message>
        <source>An LBMA bar-list CSV (serial, brand, year, gross weight, fineness). Every row is checked before anything is stored; the import then stores every bar or none.</source>
        <translation>ایک LBMA بار لسٹ CSV (سیریل، برانڈ، سال، مجموعی وزن، خالصیت)۔ کچھ بھی محفوظ ہونے سے پہلے ہر قطار کی پڑتال ہوتی ہے؛ پھر درآمد یا تو ہر بار محفوظ کرتی ہے یا کوئی نہیں۔</translation>
    </message>
    <message>
        <source>Choose a bar list</source>
        <translation>بار لسٹ منتخب کریں</translation>
    </message>
    <message>
        <source>Bar lists (*.csv);;All files (*)</source>
        <translation>بار لسٹیں (*.csv);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Bar list:</source>
        <translation>بار لسٹ:</translation>
    </message>
    <message>
        <source>Into site:</source>
        <translation>سائٹ میں:</translation>
    </message>
    <message>
        <source>Vaults and warehouses hold bars.</source>
        <translation>بار والٹ اور گودام میں رکھے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Metal:</source>
        <translation>دھات:</translation>
    </message>
    <message>
        <source>Witness:</source>
        <translation>گواہ:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>نوٹ:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>کالم</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش نظارہ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>مسائل</translation>
    </message>
    <message>
        <source>Choose a bar list to begin.</source>
        <translation>شروع کرنے کے لیے بار لسٹ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>فائل کی پڑتال کریں</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>درآمد کریں</translation>
    </message>
    <message>
        <source>The first {n} rows as written (line numbers on the left); more follow.</source>
        <translation>پہلی {n} قطاریں جیسے لکھی ہیں (سطر نمبر دائیں طرف)؛ مزید آگے ہیں۔</translation>
    </message>
    <message>
        <source>Every row of the file as written (line numbers on the left).</source>
        <translation>فائل کی ہر قطار جیسے لکھی ہے (سطر نمبر دائیں طرف)۔</translation>
    </message>
    <message>
        <source>The file or destination changed: check it again.</source>
        <translation>فائل یا منزل بدل گئی: دوبارہ پڑتال کریں۔</translation>
    </message>
    <message>
        <source>Import {n} bars</source>
        <translation>‏{n} بار درآمد کریں</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>مسائل ({n})</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>‏{name} کی پڑتال ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>ہر قطار کی پڑتال ہو رہی ہے…</translation>
    </message>
    <message>
        <source>{n} bars, {fine} ozt fine {metal}, all valid and none already held. Nothing is stored until you import.</source>
        <translation>‏{n} بار، {fine} ozt خالص {metal}، سب درست اور کوئی پہلے سے تحویل میں نہیں۔ درآمد کرنے تک کچھ محفوظ نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>row</source>
        <translation>قطار</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>قطاریں</translation>
    </message>
    <message>
        <source>Rejected: {n} bad {rows}; nothing will be stored. Fix the file and check it again.</source>
        <translation>مسترد: {n} غلط {rows}؛ کچھ محفوظ نہیں ہو گا۔ فائل درست کریں اور دوبارہ پڑتال کریں۔</translation>
    </message>
    <message>
        <source>The check was cancelled; nothing was stored.</source>
        <translation>پڑتال منسوخ ہو گئی؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>‏{name} درآمد ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>درآمد ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Imported {n} bars into {site} (holdings {first} to {last}).</source>
        <translation>‏{n} بار {site} میں درآمد ہو گئے (ہولڈنگز {first} تا {last})۔</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was stored.</source>
        <translation>درآمد منسوخ ہو گئی: کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Add public keys…</source>
        <translation>عوامی کلیدیں شامل کریں…</translation>
    </message>
    <message>
        <source>Scan…</source>
        <translation>اسکین کریں…</translation>
    </message>
    <message>
        <source>Read a public key shown as QR codes with the camera</source>
        <translation>کیمرے سے وہ عوامی کلید پڑھیں جو QR کوڈز کی صورت میں دکھائی گئی ہو</translation>
    </message>
    <message>
        <source>Public keys for the role {role}</source>
        <translation>کردار {role} کے لیے عوامی کلیدیں</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.json);;All files (*)</source>
        <translation>عوامی کلیدیں (*.pub *.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Scan a public key</source>
        <translation>عوامی کلید اسکین کریں</translation>
    </message>
    <message>
        <source>Keep the scanned public key as</source>
        <translation>اسکین کی گئی عوامی کلید اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <source>the scanned QR codes</source>
        <translation>اسکین کیے گئے QR کوڈز</translation>
    </message>
    <message>
        <source>{path} is a private key file: export its public key and add that</source>
        <translation>‏{path} نجی کلید کی فائل ہے: اس کی عوامی کلید برآمد کر کے وہ شامل کریں</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <extracomment>Where the last backup folder is remembered (settings &quot;folders/backups&quot;). The re-key reports 800 of 1000 once its copy is complete; from there it can no longer be cancelled (it checks the copy and renames it into place). The backup reports 400 of 1000 once its copy is written; then it checks it.</extracomment>
        <translation>‏{n} بائٹ</translation>
    </message>
    <message>
        <source>Back up the ledger to</source>
        <translation>لیجر کا بیک اپ یہاں بنائیں</translation>
    </message>
    <message>
        <source>Back up {name}</source>
        <extracomment>The highest progress shown, in per cent.</extracomment>
        <translation>‏{name} کا بیک اپ</translation>
    </message>
    <message>
        <source>Backing up {name}</source>
        <translation>‏{name} کا بیک اپ بن رہا ہے</translation>
    </message>
    <message>
        <source>Writing an encrypted copy (under this ledger&apos;s passphrase) to:</source>
        <translation>خفیہ کردہ نقل (اسی لیجر کے پاس فریز کے تحت) یہاں لکھی جا رہی ہے:</translation>
    </message>
    <message>
        <source>The copy is then opened on its own and its whole journal is checked; only a copy that passes is kept.</source>
        <translation>پھر نقل کو الگ سے کھول کر اس کے پورے جرنل کی پڑتال ہوتی ہے؛ صرف پڑتال میں کامیاب نقل رکھی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Step 1 of 2: copying the ledger…</source>
        <translation>مرحلہ 1 از 2: لیجر کی نقل بن رہی ہے…</translation>
    </message>
    <message>
        <source>Cancelling: the half-written copy is removed…</source>
        <translation>منسوخی: ادھوری لکھی نقل ہٹائی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Step 2 of 2: checking the copy&apos;s journal…</source>
        <translation>مرحلہ 2 از 2: نقل کے جرنل کی پڑتال ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>بیک اپ بن گیا</translation>
    </message>
    <message>
        <source>The ledger is backed up to:
{path}

Size: {size} ({bytes} bytes), encrypted under the ledger&apos;s passphrase.
Checked: the copy opens on its own and its journal verifies: {events} events chained and replayed, head {head}…

Keep it away from this computer, and keep its passphrase with it: a later change of the ledger&apos;s passphrase does not change the backup&apos;s.</source>
        <translation>لیجر کا بیک اپ یہاں بنا:
{path}

سائز: {size} ({bytes} بائٹ)، لیجر کے پاس فریز کے تحت خفیہ کردہ۔
پڑتال شدہ: نقل الگ سے کھلتی ہے اور اس کا جرنل درست ہے: {events} اندراجات سلسلہ وار اور دوبارہ چلائے گئے، سرا {head}…

اسے اس کمپیوٹر سے دور رکھیں، اور اس کا پاس فریز اس کے ساتھ رکھیں: لیجر کا پاس فریز بعد میں بدلنے سے بیک اپ کا پاس فریز نہیں بدلتا۔</translation>
    </message>
    <message>
        <source>Change the passphrase of {name}</source>
        <translation>‏{name} کا پاس فریز بدلیں</translation>
    </message>
    <message>
        <source>Change the ledger&apos;s passphrase</source>
        <translation>لیجر کا پاس فریز بدلیں</translation>
    </message>
    <message>
        <source>The whole ledger {name} is re-encrypted under the new passphrase, and the change (never the passphrase) is recorded in its journal. Close other Tijori windows and commands that use this ledger first. A passphrase cannot be recovered: keep it as you would the key to the vault.</source>
        <translation>پورا لیجر {name} نئے پاس فریز کے تحت دوبارہ خفیہ کیا جاتا ہے، اور یہ تبدیلی (پاس فریز کبھی نہیں) اس کے جرنل میں درج ہوتی ہے۔ پہلے Tijori کی دوسری ونڈوز اور اس لیجر کو استعمال کرنے والی کمانڈز بند کریں۔ پاس فریز واپس حاصل نہیں ہو سکتا: اسے والٹ کی چابی کی طرح سنبھال کر رکھیں۔</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>موجودہ پاس فریز:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>نیا پاس فریز:</translation>
    </message>
    <message>
        <source>New passphrase again:</source>
        <translation>نیا پاس فریز دوبارہ:</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>پاس فریز بدلیں</translation>
    </message>
    <message>
        <source>Hold the codes in front of the camera, a hand&apos;s width away; they are read in any order.</source>
        <extracomment>Decoders&apos; threads still running, kept until they finish.</extracomment>
        <translation>کوڈز کو کیمرے کے سامنے، ایک ہاتھ کے فاصلے پر رکھیں؛ یہ کسی بھی ترتیب میں پڑھے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Forget the parts read so far</source>
        <translation>اب تک پڑھے گئے حصے بھلا دیں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>The service&apos;s result, after a successful save. Everything the dialog needed from the ledger has arrived. Movement kind for the movement box; None for dialogs without one. Service field names shown under another field of this form. Where a `NotFound` from the service is shown.</extracomment>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>The camera cannot be used: {reason}. Close other programs that use it, or choose another camera in Settings; the codes can also be read from image files.</source>
        <translation>کیمرا استعمال نہیں ہو سکتا: {reason}۔ اسے استعمال کرنے والے دوسرے پروگرام بند کریں، یا ترتیبات میں کوئی اور کیمرا چنیں؛ کوڈز تصویری فائلوں سے بھی پڑھے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>it did not start</source>
        <translation>یہ شروع نہیں ہوا</translation>
    </message>
    <message>
        <source>The camera was disconnected. Connect it again and start a new scan; the {count} part(s) read so far are kept until this window closes.</source>
        <translation>کیمرا منقطع ہو گیا۔ اسے دوبارہ جوڑیں اور نیا اسکین شروع کریں؛ اب تک پڑھے گئے {count} حصے اس ونڈو کے بند ہونے تک محفوظ رہیں گے۔</translation>
    </message>
    <message>
        <source>{have} of {count} parts</source>
        <translation>کل {count} میں سے {have} حصے</translation>
    </message>
    <message>
        <source>still to read: {parts}</source>
        <translation>ابھی پڑھنا باقی: {parts}</translation>
    </message>
    <message>
        <source>Scanning again from the start.</source>
        <translation>شروع سے دوبارہ اسکین ہو رہا ہے۔</translation>
    </message>
    <message>
        <source>No camera is connected to this PC. Connect one (and choose it in Settings), or read the codes from image files.</source>
        <translation>اس کمپیوٹر سے کوئی کیمرا جڑا ہوا نہیں۔ کیمرا جوڑیں (اور ترتیبات میں اسے چنیں)، یا کوڈز تصویری فائلوں سے پڑھیں۔</translation>
    </message>
    <message>
        <source>Scan QR codes into {file}</source>
        <translation>‏QR کوڈز اسکین کر کے {file} میں لکھیں</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>نیا پاس فریز موجودہ جیسا ہی ہے۔</translation>
    </message>
    <message>
        <source>The two new passphrases differ: type the new one again.</source>
        <translation>دونوں نئے پاس فریز مختلف ہیں: نیا دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <source>This is not the ledger&apos;s current passphrase; nothing was changed.</source>
        <translation>یہ لیجر کا موجودہ پاس فریز نہیں؛ کچھ نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <source>the passphrase change</source>
        <translation>پاس فریز کی تبدیلی</translation>
    </message>
    <message>
        <source>Re-encrypting the ledger into a new file… (Cancel still leaves it as it was)</source>
        <translation>لیجر کو نئی فائل میں دوبارہ خفیہ کیا جا رہا ہے… (منسوخ کرنے پر یہ پہلے جیسا ہی رہے گا)</translation>
    </message>
    <message>
        <source>Checking the re-encrypted ledger and putting it in place… (this last step cannot be stopped)</source>
        <translation>دوبارہ خفیہ کیے گئے لیجر کی پڑتال کر کے اسے اس کی جگہ رکھا جا رہا ہے… (یہ آخری مرحلہ روکا نہیں جا سکتا)</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>پاس فریز بدل گیا</translation>
    </message>
    <message>
        <source>The ledger {name} is now encrypted under the new passphrase; the change is recorded in its journal.

The old passphrase no longer opens it. Backups made before now still open only with the old passphrase.</source>
        <translation>لیجر {name} اب نئے پاس فریز کے تحت خفیہ ہے؛ یہ تبدیلی اس کے جرنل میں درج ہو گئی۔

پرانا پاس فریز اب اسے نہیں کھولتا۔ اس سے پہلے بنے بیک اپ اب بھی صرف پرانے پاس فریز سے کھلتے ہیں۔</translation>
    </message>
    <message>
        <source>Cancelling: the new file is removed and the ledger stays under its current passphrase…</source>
        <translation>منسوخی: نئی فائل ہٹائی جا رہی ہے اور لیجر اپنے موجودہ پاس فریز کے تحت ہی رہے گا…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>منسوخ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>▶ پچھلا</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>اگلا ◀</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>پوری اسکرین</translation>
    </message>
    <message>
        <source>Show the codes on the whole screen, for a camera further away (Esc leaves).</source>
        <translation>کوڈز کو پوری اسکرین پر دکھائیں، دور رکھے کیمرے کے لیے (Esc سے واپسی)۔</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>دکھانے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Part {n} of {total}</source>
        <translation>حصہ {n} از {total}</translation>
    </message>
    <message>
        <source>QR codes</source>
        <translation>‏QR کوڈز</translation>
    </message>
    <message>
        <source>Esc or a click leaves full screen.</source>
        <translation>پوری اسکرین سے واپسی: Esc یا کلک۔</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>چلائیں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>لیجر پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Still to fill in: {fields}</source>
        <translation>ابھی بھرنا باقی: {fields}</translation>
    </message>
    <message>
        <source>no {kinds} in this ledger: add a site first</source>
        <translation>اس لیجر میں کوئی {kinds} نہیں: پہلے سائٹ شامل کریں</translation>
    </message>
    <message>
        <source> or </source>
        <translation> یا </translation>
    </message>
    <message>
        <source>Bar receipt…</source>
        <translation>بار کی وصولی…</translation>
    </message>
    <message>
        <source>Lot receipt…</source>
        <translation>لاٹ کی وصولی…</translation>
    </message>
    <message>
        <source>Tank gauging…</source>
        <translation>ٹینک کی پیمائش…</translation>
    </message>
    <message>
        <source>Gas inventory…</source>
        <translation>گیس انوینٹری…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>منتقلی…</translation>
    </message>
    <message>
        <source>Withdrawal…</source>
        <translation>نکاسی…</translation>
    </message>
    <message>
        <source>Adjustment…</source>
        <translation>تصحیح…</translation>
    </message>
    <message>
        <source>Add site…</source>
        <translation>سائٹ شامل کریں…</translation>
    </message>
    <message>
        <source>Add tank…</source>
        <translation>ٹینک شامل کریں…</translation>
    </message>
    <message>
        <source>Tank calibration table…</source>
        <translation>ٹینک کیلیبریشن ٹیبل…</translation>
    </message>
    <message>
        <source>Add token…</source>
        <translation>ٹوکن شامل کریں…</translation>
    </message>
    <message>
        <source>Set token supply…</source>
        <translation>ٹوکن کی سپلائی درج کریں…</translation>
    </message>
    <message>
        <source>Give a whole number of bundles</source>
        <translation>بنڈلوں کی پوری تعداد دیں</translation>
    </message>
    <message>
        <source>At least 1 bundle</source>
        <translation>کم از کم 1 بنڈل</translation>
    </message>
    <message>
        <source>At most {n} bundles in one lot</source>
        <translation>ایک لاٹ میں زیادہ سے زیادہ {n} بنڈل</translation>
    </message>
    <message>
        <source>Holding {id}: {what}</source>
        <extracomment>How many holdings a withdrawal&apos;s confirmation names one by one.</extracomment>
        <translation>ہولڈنگ {id}: {what}</translation>
    </message>
    <message>
        <source>Which holding?</source>
        <translation>کون سی ہولڈنگ؟</translation>
    </message>
    <message>
        <source>{n} holdings answer to “{text}”. Choose one:</source>
        <translation>‏“{text}” سے {n} ہولڈنگز ملتی ہیں۔ ایک منتخب کریں:</translation>
    </message>
    <message>
        <source>Crude oil</source>
        <translation>خام تیل</translation>
    </message>
    <message>
        <source>Gasoline</source>
        <translation>پٹرول</translation>
    </message>
    <message>
        <source>Jet fuel</source>
        <translation>جیٹ فیول</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>ڈیزل</translation>
    </message>
    <message>
        <source>Fuel oil</source>
        <translation>فرنس آئل</translation>
    </message>
    <message>
        <source>Lube oil</source>
        <translation>لبریکنٹ آئل</translation>
    </message>
    <message>
        <source>Refined product</source>
        <translation>ریفائنڈ پروڈکٹ</translation>
    </message>
    <message>
        <source>Fixed roof</source>
        <translation>مستقل چھت</translation>
    </message>
    <message>
        <source>Floating roof</source>
        <translation>تیرتی چھت</translation>
    </message>
    <message>
        <source>Internal floating roof</source>
        <translation>اندرونی تیرتی چھت</translation>
    </message>
    <message>
        <source>Mild steel</source>
        <translation>نرم فولاد</translation>
    </message>
    <message>
        <source>Stainless steel</source>
        <translation>اسٹین لیس اسٹیل</translation>
    </message>
    <message>
        <source>API gravity (°API)</source>
        <translation>‏API کثافت (°API)</translation>
    </message>
    <message>
        <source>Relative density 60/60 °F</source>
        <translation>اضافی کثافت 60/60 °F</translation>
    </message>
    <message>
        <source>Density at 15 °C (kg/m³)</source>
        <translation>کثافت 15 °C پر (kg/m³)</translation>
    </message>
    <message>
        <source>Density at 60 °F (kg/m³)</source>
        <translation>کثافت 60 °F پر (kg/m³)</translation>
    </message>
    <message>
        <source>Level (innage)</source>
        <translation>سطح (ان ایج)</translation>
    </message>
    <message>
        <source>Ullage</source>
        <translation>الیج</translation>
    </message>
    <message>
        <source>Volume (TOV)</source>
        <translation>حجم (TOV)</translation>
    </message>
    <message>
        <source>Free water</source>
        <extracomment>The minimum width of a number&apos;s field (the form&apos;s default suits names). The widest a number&apos;s field grows: a number needs no more, and the dialog fits 1024×768.</extracomment>
        <translation>آزاد پانی</translation>
    </message>
    <message>
        <source>NSV at 15 °C</source>
        <translation>‏NSV بہ 15 °C</translation>
    </message>
    <message>
        <source>Mass in air (t)</source>
        <translation>ہوا میں کمیت (t)</translation>
    </message>
    <message>
        <source>Choose a tank</source>
        <translation>ٹینک منتخب کریں</translation>
    </message>
    <message>
        <source>Give at most {n} decimal places</source>
        <translation>زیادہ سے زیادہ {n} اعشاری مقامات دیں</translation>
    </message>
    <message>
        <source>Not a number: {text}</source>
        <translation>عدد نہیں: {text}</translation>
    </message>
    <message>
        <source>Must be greater than {n}</source>
        <translation>‏{n} سے زیادہ ہونا چاہیے</translation>
    </message>
    <message>
        <source>Must not be less than {n}</source>
        <translation>‏{n} سے کم نہیں ہونا چاہیے</translation>
    </message>
    <message>
        <source>Must not be more than {n}</source>
        <translation>‏{n} سے زیادہ نہیں ہونا چاہیے</translation>
    </message>
    <message>
        <source>no tanks yet: add a tank first</source>
        <translation>ابھی کوئی ٹینک نہیں: پہلے ٹینک شامل کریں</translation>
    </message>
    <message>
        <source>Movement details</source>
        <translation>نقل و حرکت کی تفصیل</translation>
    </message>
    <message>
        <source>Inventory (stock count)</source>
        <translation>انوینٹری (اسٹاک گنتی)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>وصولی</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>نکاسی</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>قسم:</translation>
    </message>
    <message>
        <source>Seals:</source>
        <translation>سیلیں:</translation>
    </message>
    <message>
        <source>e.g. S-1041, S-1042</source>
        <translation>مثلاً S-1041, S-1042</translation>
    </message>
    <message>
        <source>name of who saw it</source>
        <translation>دیکھنے والے کا نام</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>شامل کریں…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>صاف کریں</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>دستاویزات:</translation>
    </message>
    <message>
        <source>Supporting documents</source>
        <translation>معاون دستاویزات</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Vault (bars)</source>
        <translation>والٹ (بار)</translation>
    </message>
    <message>
        <source>Warehouse (lots, bars)</source>
        <translation>گودام (لاٹ، بار)</translation>
    </message>
    <message>
        <source>Tank farm (oil)</source>
        <translation>ٹینک فارم (تیل)</translation>
    </message>
    <message>
        <source>Gas storage</source>
        <translation>گیس ذخیرہ گاہ</translation>
    </message>
    <message>
        <source>1 to 16 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>1 سے 16 حروف، ہندسے، &apos;.&apos;، &apos;_&apos; یا &apos;-&apos;؛ شروع میں حرف یا ہندسہ ہو</translation>
    </message>
    <message>
        <source>Level (mm)</source>
        <translation>سطح (mm)</translation>
    </message>
    <message>
        <source>Volume ({unit})</source>
        <translation>حجم ({unit})</translation>
    </message>
    <message>
        <source>{word!r} is not a holding id (a whole number from 1).</source>
        <extracomment>The page that `publishing.publish` writes in the folder. The service&apos;s names for its fields (InvalidInput.field) → this box&apos;s fields. Fields of the Reports page&apos;s form that publishing reads.</extracomment>
        <translation>‏{word!r} ہولڈنگ نمبر نہیں (1 سے شروع ہونے والا پورا عدد)۔</translation>
    </message>
    <message>
        <source>The maximum age</source>
        <translation>زیادہ سے زیادہ عمر</translation>
    </message>
    <message>
        <source>Signed report</source>
        <extracomment>An export or a load from the history ended, whatever its outcome.</extracomment>
        <translation>دستخط شدہ رپورٹ</translation>
    </message>
    <message>
        <source>Choose a finalised attestation</source>
        <translation>حتمی تصدیق نامہ منتخب کریں</translation>
    </message>
    <message>
        <source>Choose its leaves file</source>
        <translation>اس کی پتوں کی فائل منتخب کریں</translation>
    </message>
    <message>
        <source>Leaves (*.jsonl);;All files (*)</source>
        <translation>پتے (*.jsonl);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Choose the report-signer key</source>
        <translation>رپورٹ دستخط کنندہ کی کلید منتخب کریں</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>کلید فائلیں (*.key);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Public: leave the leaves out (for publication)</source>
        <translation>عوامی: پتے شامل نہ کریں (اشاعت کے لیے)</translation>
    </message>
    <message>
        <source>e.g. 1, 17, 204</source>
        <translation>مثلاً 1, 17, 204</translation>
    </message>
    <message>
        <source>Choose the auditor&apos;s count of this attestation</source>
        <translation>اس تصدیق نامے کی آڈیٹر کی گنتی منتخب کریں</translation>
    </message>
    <message>
        <source>Count files (*.json);;All files (*)</source>
        <translation>گنتی کی فائلیں (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Save the signed report as</source>
        <translation>دستخط شدہ رپورٹ اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Also the JSON bundle, beside the PDF</source>
        <translation>ساتھ میں JSON بنڈل بھی، PDF کے پہلو میں</translation>
    </message>
    <message>
        <source>From this ledger:</source>
        <translation>اس لیجر سے:</translation>
    </message>
    <message>
        <source>Written beside the signing request when it was made.</source>
        <translation>دستخط کی درخواست بناتے وقت اس کے ساتھ لکھی گئی۔</translation>
    </message>
    <message>
        <source>Report-signer key:</source>
        <translation>رپورٹ دستخط کنندہ کی کلید:</translation>
    </message>
    <message>
        <source>A P-256 key named as report-signer in the policy, its certificate (KEY.crt) beside it; or one in a token by its pkcs11: URI.</source>
        <translation>پالیسی میں رپورٹ دستخط کنندہ کے طور پر درج P-256 کلید، جس کا سرٹیفکیٹ (KEY.crt) اس کے ساتھ ہو؛ یا ٹوکن آلے میں کوئی کلید، اس کے pkcs11: URI سے۔</translation>
    </message>
    <message>
        <source>Passphrase or PIN:</source>
        <translation>پاس فریز یا PIN:</translation>
    </message>
    <message>
        <source>Public:</source>
        <translation>عوامی:</translation>
    </message>
    <message>
        <source>Inclusion proofs:</source>
        <translation>شمولیت کے ثبوت:</translation>
    </message>
    <message>
        <source>Holding ids whose proofs go inside the PDF.</source>
        <translation>ہولڈنگ نمبر جن کے ثبوت PDF کے اندر شامل ہوں۔</translation>
    </message>
    <message>
        <source>Physical count:</source>
        <translation>طبعی گنتی:</translation>
    </message>
    <message>
        <source>Optional: the auditor&apos;s count.json. It must verify; the report then has a Physical count section.</source>
        <translation>اختیاری: آڈیٹر کی count.json۔ اس کا جانچ میں درست نکلنا ضروری ہے؛ تب رپورٹ میں طبعی گنتی کا حصہ شامل ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Report (PDF):</source>
        <translation>رپورٹ (PDF):</translation>
    </message>
    <message>
        <source>JSON:</source>
        <translation>‏JSON:</translation>
    </message>
    <message>
        <source>Export the signed report</source>
        <translation>دستخط شدہ رپورٹ برآمد کریں</translation>
    </message>
    <message>
        <source>Open in system viewer</source>
        <translation>سسٹم ویور میں کھولیں</translation>
    </message>
    <message>
        <source>Choose an attestation to report on.</source>
        <translation>رپورٹ کے لیے تصدیق نامہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>The report&apos;s pages appear here once it is exported.</source>
        <translation>برآمد ہوتے ہی رپورٹ کے صفحات یہاں نظر آئیں گے۔</translation>
    </message>
    <message>
        <source>— choose a finalised attestation —</source>
        <translation>— حتمی تصدیق نامہ منتخب کریں —</translation>
    </message>
    <message>
        <source>— none finalised yet; choose a file below —</source>
        <translation>— ابھی کوئی حتمی نہیں؛ نیچے سے فائل منتخب کریں —</translation>
    </message>
    <message>
        <source>{as_of}  {id}…  ({n} holdings, {sites})</source>
        <translation>‏{as_of}  {id}…  ({n} ہولڈنگز، {sites})</translation>
    </message>
    <message>
        <source>Attestation {id} chosen.</source>
        <translation>تصدیق نامہ {id} منتخب ہوا۔</translation>
    </message>
    <message>
        <source>Attestation {id} taken from the ledger. Choose its leaves file if it is not filled in.</source>
        <translation>تصدیق نامہ {id} لیجر سے لیا گیا۔ اگر اس کی پتوں کی فائل نہیں بھری گئی تو منتخب کریں۔</translation>
    </message>
    <message>
        <source>Checking the attestation and laying out the report…</source>
        <translation>تصدیق نامے کی پڑتال اور رپورٹ کی ترتیب ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>رپورٹ بن رہی ہے…</translation>
    </message>
    <message>
        <source>Wrote the signed report {pdf} ({pages} pages){json}.</source>
        <translation>دستخط شدہ رپورٹ {pdf} ({pages} صفحات){json} لکھ دی گئی۔</translation>
    </message>
    <message>
        <source> and {path}</source>
        <translation> اور {path}</translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>منسوخ: کوئی رپورٹ نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <source>No viewer could open {path}.</source>
        <translation>کوئی ویور {path} نہیں کھول سکا۔</translation>
    </message>
    <message>
        <source>{name}: {n} pages.</source>
        <translation>‏{name}: {n} صفحات۔</translation>
    </message>
    <message>
        <source>The PDF cannot be shown here: {error}</source>
        <translation>‏PDF یہاں نہیں دکھائی جا سکتی: {error}</translation>
    </message>
    <message>
        <source>custodian</source>
        <translation>کسٹوڈین</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>آڈیٹر</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>منتظم</translation>
    </message>
    <message>
        <source>report-signer</source>
        <translation>رپورٹ دستخط کنندہ</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>آپریٹر</translation>
    </message>
    <message>
        <source>{name} — version {version}</source>
        <translation>‏{name} — ورژن {version}</translation>
    </message>
    <message>
        <source>expires {expires}</source>
        <translation>میعاد ختم {expires}</translation>
    </message>
    <message>
        <source>{role}: {threshold} of {count} ({names})</source>
        <translation>‏{role}: {count} میں سے {threshold} ({names})</translation>
    </message>
    <message>
        <source>A new version of the trust policy</source>
        <translation>ٹرسٹ پالیسی کا نیا ورژن</translation>
    </message>
    <message>
        <source>Pin version {version} of the trust policy?</source>
        <translation>ٹرسٹ پالیسی کا ورژن {version} مقرر کریں؟</translation>
    </message>
    <message>
        <source>{source} is version {version}, signed by the administrators of version {was}, the policy pinned on this PC. Read what it changes, and compare its words with the administrators&apos; before you pin it.</source>
        <translation>‏{source} ورژن {version} ہے، جس پر ورژن {was} کے منتظمین کے دستخط ہیں، یعنی اس کمپیوٹر پر مقرر پالیسی کے۔ مقرر کرنے سے پہلے پڑھیں کہ یہ کیا بدلتا ہے، اور اس کے الفاظ منتظمین کے الفاظ سے ملائیں۔</translation>
    </message>
    <message>
        <source>It changes:</source>
        <translation>یہ بدلتا ہے:</translation>
    </message>
    <message>
        <source>Its digest, as words to compare with the administrators&apos;:</source>
        <translation>اس کا ڈائجسٹ، منتظمین کے الفاظ سے ملانے کے لیے الفاظ کی صورت میں:</translation>
    </message>
    <message>
        <source>Pin version {version}</source>
        <translation>ورژن {version} مقرر کریں</translation>
    </message>
    <message>
        <source>Keep version {was}</source>
        <translation>ورژن {was} رکھیں</translation>
    </message>
    <message>
        <source>CHECKS PASSED — READ, THEN SIGN</source>
        <extracomment>The facts, in the order they are read.</extracomment>
        <translation>پڑتال کامیاب — پڑھیں، پھر دستخط کریں</translation>
    </message>
    <message>
        <source>REFUSED — DO NOT SIGN</source>
        <translation>مسترد — دستخط نہ کریں</translation>
    </message>
    <message>
        <source>SOME CHECKS COULD NOT BE MADE — READ WHAT WAS NOT CHECKED</source>
        <translation>کچھ پڑتالیں نہیں ہو سکیں — پڑھیں کہ کس کی پڑتال نہیں ہوئی</translation>
    </message>
    <message>
        <source>What the request asks you to sign appears here, with every check this PC makes.</source>
        <translation>درخواست آپ سے جس چیز پر دستخط مانگتی ہے وہ یہاں نظر آئے گی، اس کمپیوٹر کی ہر پڑتال کے ساتھ۔</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>کسٹوڈین</translation>
    </message>
    <message>
        <source>Ledger id</source>
        <translation>لیجر کی شناخت</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>تصدیق نامہ</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>ترتیب نمبر</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>پچھلا</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>بتاریخ</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>ہولڈنگز</translation>
    </message>
    <message>
        <source>Merkle root</source>
        <translation>مرکل جڑ</translation>
    </message>
    <message>
        <source>Root as words</source>
        <translation>جڑ بطور الفاظ</translation>
    </message>
    <message>
        <source>Programme</source>
        <extracomment>What three facts are called for a programme&apos;s statement (FORMAT.md §13.4).</extracomment>
        <translation>پروگرام</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>سلسلہ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>ارکان</translation>
    </message>
    <message>
        <source>Tokens backed</source>
        <translation>پشت پناہی والے ٹوکن</translation>
    </message>
    <message>
        <source>Every check this PC made</source>
        <translation>اس کمپیوٹر کی ہر پڑتال</translation>
    </message>
    <message>
        <source>✗ {name}: {reason}</source>
        <translation>✗ {name}: {reason}</translation>
    </message>
    <message>
        <source>Not checked: {names}. Why is said below, in amber; read the figures against the terminal&apos;s.</source>
        <translation>پڑتال نہیں ہوئی: {names}۔ وجہ نیچے نارنجی رنگ میں لکھی ہے؛ اعداد کو ٹرمینل کے اعداد سے ملا کر پڑھیں۔</translation>
    </message>
    <message>
        <source>SHORTFALL — {symbol}: coverage {coverage}, short by {quantity} {unit} of {commodity}</source>
        <translation>کمی — {symbol}: احاطہ {coverage}، {commodity} کے {quantity} {unit} کم</translation>
    </message>
    <message>
        <source>{as_of}
made {created}</source>
        <translation>‏{as_of}
بنایا گیا {created}</translation>
    </message>
    <message>
        <source>Totals: none (no holdings in scope)</source>
        <translation>میزان: کوئی نہیں (دائرے میں کوئی ہولڈنگ نہیں)</translation>
    </message>
    <message>
        <source>{coverage}  SHORT</source>
        <translation>‏{coverage}  کم</translation>
    </message>
    <message>
        <source>SIGNED as {name}</source>
        <translation>‏{name} کے طور پر دستخط ہو گئے</translation>
    </message>
    <message>
        <source>SIGNED as {name}
attestation
{id}
sequence {sequence} · as of {as_of}
root as words:
{words}</source>
        <translation>‏{name} کے طور پر دستخط ہو گئے
تصدیق نامہ
{id}
ترتیب نمبر {sequence} · بتاریخ {as_of}
جڑ بطور الفاظ:
{words}</translation>
    </message>
    <message>
        <source>too weak</source>
        <extracomment>The bar&apos;s colour for each score: red far below the rule&apos;s 4, amber one short of it (still refused: the line says &quot;too weak&quot;), green when accepted. The bar&apos;s value while nothing is typed. The longest time zxcvbn words (&quot;less than a second&quot;), for the room the line keeps. The meter&apos;s words (app.domain.passphrase.LABELS), for the translations: shown through tr().
----------
Advice of a usual length, only for the room the meter keeps for it: the form below stays put as advice comes and goes (longer advice still gets the room it needs).</extracomment>
        <translation>بہت کمزور</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>کمزور</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>درمیانہ</translation>
    </message>
    <message>
        <source>good</source>
        <translation>اچھا</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>مضبوط</translation>
    </message>
    <message>
        <source>Strength: type a new passphrase (three or four uncommon words are enough).</source>
        <translation>مضبوطی: نیا پاس فریز لکھیں (تین یا چار غیر معمولی الفاظ کافی ہیں)۔</translation>
    </message>
    <message>
        <source>Strength: {label} · to guess it from a stolen copy: {time}</source>
        <translation>مضبوطی: {label} · چوری شدہ نقل سے اندازہ لگانے میں: {time}</translation>
    </message>
    <message>
        <source>no time at all</source>
        <translation>بالکل وقت نہیں</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>ایک سیکنڈ سے کم</translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>صدیاں</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 سیکنڈ</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation>‏{n} سیکنڈ</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 منٹ</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>‏{n} منٹ</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 گھنٹہ</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>‏{n} گھنٹے</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 دن</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>‏{n} دن</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 مہینہ</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>‏{n} مہینے</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 سال</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>‏{n} سال</translation>
    </message>
    <message>
        <source>serial</source>
        <extracomment>Starting widths: room for a serial, a brand, a fine weight, without sideways scrolling at 1280×800 (the user&apos;s own widths are remembered).</extracomment>
        <translation>سیریل نمبر</translation>
    </message>
    <message>
        <source>warrant</source>
        <translation>وارنٹ</translation>
    </message>
    <message>
        <source>tank code</source>
        <translation>ٹینک کوڈ</translation>
    </message>
    <message>
        <source>inventory code</source>
        <translation>انوینٹری کوڈ</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>سونا</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>چاندی</translation>
    </message>
    <message>
        <source>copper</source>
        <translation>تانبا</translation>
    </message>
    <message>
        <source>aluminium</source>
        <translation>ایلومینیم</translation>
    </message>
    <message>
        <source>aluminium alloy</source>
        <translation>ایلومینیم مرکب</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>سیسہ</translation>
    </message>
    <message>
        <source>zinc</source>
        <translation>جست</translation>
    </message>
    <message>
        <source>nickel</source>
        <translation>نکل</translation>
    </message>
    <message>
        <source>tin</source>
        <translation>قلعی</translation>
    </message>
    <message>
        <source>cobalt</source>
        <translation>کوبالٹ</translation>
    </message>
    <message>
        <source>crude oil</source>
        <translation>خام تیل</translation>
    </message>
    <message>
        <source>gasoline</source>
        <translation>پٹرول</translation>
    </message>
    <message>
        <source>jet fuel</source>
        <translation>جیٹ فیول</translation>
    </message>
    <message>
        <source>diesel</source>
        <translation>ڈیزل</translation>
    </message>
    <message>
        <source>fuel oil</source>
        <translation>فرنس آئل</translation>
    </message>
    <message>
        <source>lube oil</source>
        <translation>لبریکنٹ آئل</translation>
    </message>
    <message>
        <source>refined product</source>
        <translation>ریفائنڈ پروڈکٹ</translation>
    </message>
    <message>
        <source>natural gas</source>
        <translation>قدرتی گیس</translation>
    </message>
    <message>
        <source>LNG</source>
        <translation>ایل این جی</translation>
    </message>
    <message>
        <source>vault</source>
        <translation>والٹ</translation>
    </message>
    <message>
        <source>warehouse</source>
        <translation>گودام</translation>
    </message>
    <message>
        <source>tank farm</source>
        <translation>ٹینک فارم</translation>
    </message>
    <message>
        <source>gas storage</source>
        <translation>گیس ذخیرہ گاہ</translation>
    </message>
    <message>
        <source>LNG terminal</source>
        <translation>ایل این جی ٹرمینل</translation>
    </message>
    <message>
        <source>cathode</source>
        <translation>کیتھوڈ</translation>
    </message>
    <message>
        <source>ingot</source>
        <translation>سلاخ</translation>
    </message>
    <message>
        <source>T-bar</source>
        <translation>ٹی بار</translation>
    </message>
    <message>
        <source>sow</source>
        <translation>ساؤ (بڑی سلاخ)</translation>
    </message>
    <message>
        <source>slab</source>
        <translation>سلیب</translation>
    </message>
    <message>
        <source>briquette</source>
        <translation>بریکٹ</translation>
    </message>
    <message>
        <source>pellet</source>
        <translation>گولی</translation>
    </message>
    <message>
        <source>plate</source>
        <translation>پلیٹ</translation>
    </message>
    <message>
        <source>other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>crude oils</source>
        <extracomment>The commodity groups of API MPMS 11.1 (`petroleum.VcfGroup`), by their codes: the code is what the ledger and the CLI&apos;s `--commodity` keep.</extracomment>
        <translation>خام تیل</translation>
    </message>
    <message>
        <source>gasolines</source>
        <translation>پٹرول</translation>
    </message>
    <message>
        <source>transition zone</source>
        <translation>عبوری زون</translation>
    </message>
    <message>
        <source>jet fuels</source>
        <translation>جیٹ فیول</translation>
    </message>
    <message>
        <source>fuel oils</source>
        <translation>فرنس آئل</translation>
    </message>
    <message>
        <source>generalized products</source>
        <translation>عمومی ریفائنڈ مصنوعات</translation>
    </message>
    <message>
        <source>lubricating oils</source>
        <translation>لبریکنٹ آئل</translation>
    </message>
    <message>
        <source>I accept that the totals were not recomputed from the leaves</source>
        <extracomment>Large type for reading at arm&apos;s length on the signing PC.</extracomment>
        <translation>میں تسلیم کرتا ہوں کہ میزان پتوں سے دوبارہ نہیں گنے گئے</translation>
    </message>
    <message>
        <source>… {n} more</source>
        <extracomment>A list in a payload longer than this shows its first items and how many more.</extracomment>
        <translation>… مزید {n}</translation>
    </message>
    <message>
        <source>document {name}  sha256 {digest}</source>
        <translation>دستاویز {name}  SHA-256 {digest}</translation>
    </message>
    <message>
        <source>{sampled} of {population} bars and lots sampled ({method} sampling, {confidence} % confidence, tolerable rate {rate} %: n = {n}), and {always} tanks and gas inventories always counted.</source>
        <extracomment>The service&apos;s names of the plan&apos;s inputs, where they differ from the form&apos;s.</extracomment>
        <translation>‏{population} بار اور لاٹ میں سے {sampled} نمونے میں ({method} نمونہ، {confidence} % اعتماد، قابلِ برداشت شرح {rate} %: n = {n})، اور {always} ٹینک اور گیس انوینٹریاں ہمیشہ گنی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>خصوصیت کے مطابق</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>وزن کے مطابق</translation>
    </message>
    <message>
        <source>The nonce is the one the statement&apos;s auditor committed to.</source>
        <translation>نانس وہی ہے جس کا بیان کے آڈیٹر نے عہد کیا تھا۔</translation>
    </message>
    <message>
        <source>The statement carries no commitment to the nonce: only your care says it was drawn once.</source>
        <translation>بیان میں نانس کا کوئی عہد نہیں: صرف آپ کی احتیاط بتاتی ہے کہ اسے ایک ہی بار نکالا گیا۔</translation>
    </message>
    <message>
        <source>one weighing step of the LBMA Good Delivery Rules: gold bars&apos; gross weights are stated in multiples of 0.025 ozt, rounded down</source>
        <extracomment>The sources the certificate states in English (signed as written), as the auditor reads them here; a source not listed (a future default) is shown as the certificate has it.</extracomment>
        <translation>‏LBMA کے گڈ ڈیلیوری قواعد کا تولنے کا ایک قدم: سونے کی بارز کا مجموعی وزن 0.025 ozt کے مضرب میں، نیچے کی طرف گول کر کے لکھا جاتا ہے</translation>
    </message>
    <message>
        <source>one weighing step of the LBMA Good Delivery Rules: silver bars&apos; gross weights are stated in multiples of 0.1 ozt, rounded down</source>
        <translation>‏LBMA کے گڈ ڈیلیوری قواعد کا تولنے کا ایک قدم: چاندی کی بارز کا مجموعی وزن 0.1 ozt کے مضرب میں، نیچے کی طرف گول کر کے لکھا جاتا ہے</translation>
    </message>
    <message>
        <source>the auditor&apos;s default for re-weighed lots</source>
        <translation>دوبارہ تولی گئی لاٹس کے لیے آڈیٹر کی طے شدہ حد</translation>
    </message>
    <message>
        <source>the auditor&apos;s default for a re-gauged tank&apos;s net standard volume</source>
        <translation>دوبارہ گیج کیے گئے ٹینک کے خالص معیاری حجم کے لیے آڈیٹر کی طے شدہ حد</translation>
    </message>
    <message>
        <source>the auditor&apos;s default for a re-measured gas inventory</source>
        <translation>دوبارہ ناپے گئے گیس کے ذخیرے کے لیے آڈیٹر کی طے شدہ حد</translation>
    </message>
    <message>
        <source>stated by the auditor</source>
        <translation>آڈیٹر کی بیان کردہ</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>بار</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>لاٹ</translation>
    </message>
    <message>
        <source>tanks</source>
        <translation>ٹینک</translation>
    </message>
    <message>
        <source>gas inventories</source>
        <translation>گیس انوینٹریاں</translation>
    </message>
    <message>
        <source>{kinds} of {commodity}</source>
        <translation>‏{kinds} ({commodity})</translation>
    </message>
    <message>
        <source>±{percent} % of the recorded figure</source>
        <translation>درج شدہ عدد کا ±{percent} %</translation>
    </message>
    <message>
        <source>{what}: {limit} ({source})</source>
        <translation>‏{what}: {limit} ({source})</translation>
    </message>
    <message>
        <source>ALERT</source>
        <extracomment>A finding&apos;s colour by its state (severity, or &quot;not done&quot;).</extracomment>
        <translation>انتباہ</translation>
    </message>
    <message>
        <source>CAUTION</source>
        <translation>احتیاط</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>CLEAR</source>
        <translation>ٹھیک</translation>
    </message>
    <message>
        <source>NOT DONE</source>
        <translation>نہیں ہو سکا</translation>
    </message>
    <message>
        <source>Integrity: signatures, hashes, the policy — {passed} passed, {failed} failed, {not_done} not done</source>
        <translation>سالمیت: دستخط، ہیش، پالیسی — {passed} کامیاب، {failed} ناکام، {not_done} نہیں ہو سکیں</translation>
    </message>
    <message>
        <source>Findings: what the signed statement says — {alerts} alert(s), {cautions} caution(s) to weigh</source>
        <translation>مشاہدات: دستخط شدہ بیان کیا کہتا ہے — غور کے لیے {alerts} انتباہ، {cautions} احتیاط</translation>
    </message>
    <message>
        <source>Findings: what the signed statement says — nothing to weigh</source>
        <translation>مشاہدات: دستخط شدہ بیان کیا کہتا ہے — غور طلب کچھ نہیں</translation>
    </message>
    <message>
        <source>(the statement does not verify: do not rely on them)</source>
        <translation>(بیان جانچ میں درست نہیں نکلا: ان پر بھروسہ نہ کریں)</translation>
    </message>
    <message>
        <source>Summary, read from the statement the custodians and auditors signed</source>
        <translation>خلاصہ، اس بیان سے پڑھا گیا جس پر کسٹوڈینز اور آڈیٹرز نے دستخط کیے</translation>
    </message>
    <message>
        <source>Figures as the statement states them. NOT VALID: do not rely on them; see the integrity checks below.</source>
        <translation>اعداد جیسے بیان میں درج ہیں۔ نادرست: ان پر بھروسہ نہ کریں؛ نیچے سالمیت کی پڑتالیں دیکھیں۔</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>کوئی مشاہدہ نہیں۔</translation>
    </message>
    <message>
        <source>The PDF itself, before any trust policy</source>
        <translation>خود PDF، کسی ٹرسٹ پالیسی سے پہلے</translation>
    </message>
    <message>
        <source>Signed by {subject}, keyid {keyid}</source>
        <translation>دستخط کنندہ: {subject}، کلید شناخت {keyid}</translation>
    </message>
    <message>
        <source>its words: {words} (not yet trusted: your policy decides)</source>
        <translation>اس کے الفاظ: {words} (ابھی قابلِ اعتماد نہیں: فیصلہ آپ کی پالیسی کرتی ہے)</translation>
    </message>
    <message>
        <source>Embedded policy: {name}, version {version}, digest {digest}</source>
        <translation>اندر شامل پالیسی: {name}، ورژن {version}، ڈائجسٹ {digest}</translation>
    </message>
    <message>
        <source>Words to compare with the policy you hold:</source>
        <translation>آپ کے پاس موجود پالیسی سے ملانے کے لیے الفاظ:</translation>
    </message>
    <message>
        <source>It does not list the PDF&apos;s signer as a report signer.</source>
        <translation>یہ پالیسی PDF کے دستخط کنندہ کو رپورٹ دستخط کنندہ کے طور پر درج نہیں کرتی۔</translation>
    </message>
    <message>
        <source>Embedded policy: {problem}</source>
        <translation>اندر شامل پالیسی: {problem}</translation>
    </message>
    <message>
        <source>The verdict is against the trust policy you hold, never the copy inside the report.</source>
        <translation>نتیجہ آپ کے پاس موجود ٹرسٹ پالیسی کے مطابق ہے، رپورٹ کے اندر موجود نقل کے مطابق کبھی نہیں۔</translation>
    </message>
    <message>
        <source>No verdict yet: the verdict needs the trust policy you hold. Compare the words above with your policy&apos;s, then choose your policy and verify.</source>
        <translation>ابھی کوئی نتیجہ نہیں: نتیجے کے لیے آپ کے پاس موجود ٹرسٹ پالیسی درکار ہے۔ اوپر کے الفاظ اپنی پالیسی کے الفاظ سے ملائیں، پھر اپنی پالیسی منتخب کر کے جانچیں۔</translation>
    </message>
    <message>
        <source>VALID, WITH {count} FINDING(S) TO WEIGH</source>
        <translation>درست، غور کے لیے {count} مشاہدات</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>پڑتال نہیں ہوئی</translation>
    </message>
    <message>
        <source>{label} is required</source>
        <extracomment>Widgets whose every change is a finished choice (no half-typed state).</extracomment>
        <translation>‏{label} درکار ہے</translation>
    </message>
    <message>
        <source>there is no folder {folder}</source>
        <extracomment>What the completer is asked for when no word is being typed: it matches no word. The keys that take the word the completer offers.</extracomment>
        <translation>فولڈر {folder} موجود نہیں</translation>
    </message>
    <message>
        <source>a keyid is 64 hexadecimal digits, as on the share sheets</source>
        <translation>کلید شناخت 64 ہیکس ہندسوں کی ہوتی ہے، جیسے حصوں کی شیٹوں پر</translation>
    </message>
    <message>
        <source>keyid {keyid}
fingerprint {fingerprint}
words: {words}</source>
        <translation>کلید شناخت {keyid}
فنگر پرنٹ {fingerprint}
الفاظ: {words}</translation>
    </message>
    <message>
        <source>There is no such file: choose the token&apos;s PKCS#11 module (a .so file).</source>
        <translation>ایسی کوئی فائل نہیں: ٹوکن آلے کا PKCS#11 ماڈیول منتخب کریں (.so فائل)۔</translation>
    </message>
    <message>
        <source>PKCS#11 module:</source>
        <translation>‏PKCS#11 ماڈیول:</translation>
    </message>
    <message>
        <source>The token&apos;s PKCS#11 module</source>
        <translation>ٹوکن آلے کا PKCS#11 ماڈیول</translation>
    </message>
    <message>
        <source>Modules (*.so *.so.*);;All files (*)</source>
        <translation>ماڈیول (*.so *.so.*);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>The library the token&apos;s maker supplies, e.g. /usr/lib/softhsm/libsofthsm2.so.</source>
        <translation>وہ لائبریری جو ٹوکن آلے کا بنانے والا فراہم کرتا ہے، مثلاً /usr/lib/softhsm/libsofthsm2.so۔</translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation>ٹوکن آلے کا لیبل:</translation>
    </message>
    <message>
        <source>The name the token was initialised with.</source>
        <translation>وہ نام جس کے ساتھ ٹوکن آلہ شروع میں تیار کیا گیا تھا۔</translation>
    </message>
    <message>
        <source>Key name:</source>
        <translation>کلید کا نام:</translation>
    </message>
    <message>
        <source>Its label inside the token, e.g. &apos;Admin 1 HSM&apos;.</source>
        <translation>ٹوکن آلے کے اندر اس کا لیبل، مثلاً &apos;منتظم 1 HSM&apos;۔</translation>
    </message>
    <message>
        <source>Ed25519 where the token offers it, else P-256</source>
        <translation>جہاں ٹوکن آلہ سہولت دے وہاں Ed25519، ورنہ P-256</translation>
    </message>
    <message>
        <source>ECDSA P-256 — signing PDF reports (report-signer)</source>
        <translation>‏ECDSA P-256 — PDF رپورٹوں پر دستخط (رپورٹ دستخط کنندہ)</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>الگورتھم:</translation>
    </message>
    <message>
        <source>Token PIN:</source>
        <translation>ٹوکن آلے کا PIN:</translation>
    </message>
    <message>
        <source>Asked for this once; never stored.</source>
        <translation>یہ صرف ایک بار پوچھا جاتا ہے؛ کبھی محفوظ نہیں کیا جاتا۔</translation>
    </message>
    <message>
        <source>Public key file:</source>
        <translation>عوامی کلید فائل:</translation>
    </message>
    <message>
        <source>Where to write the public key</source>
        <translation>عوامی کلید کہاں لکھیں</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>عوامی کلیدیں (*.pub)</translation>
    </message>
    <message>
        <source>Create the key in the token</source>
        <translation>کلید ٹوکن آلے میں بنائیں</translation>
    </message>
    <message>
        <source>Created the key {name} ({algorithm}) inside token {token}; its public key is in {path}.
keyid {keyid}
words: {words}
Sign with this key by its URI:
{uri}</source>
        <translation>کلید {name} ({algorithm}) ٹوکن آلے {token} کے اندر بن گئی؛ اس کی عوامی کلید {path} میں ہے۔
کلید شناخت {keyid}
الفاظ: {words}
اس کلید سے اس کے URI کے ذریعے دستخط کریں:
{uri}</translation>
    </message>
    <message>
        <source>Creating the key inside the token…</source>
        <translation>ٹوکن آلے کے اندر کلید بنائی جا رہی ہے…</translation>
    </message>
    <message>
        <source>The camera cannot be used on this PC: Qt Multimedia did not load ({reason}). Read the codes from image files instead.</source>
        <translation>اس کمپیوٹر پر کیمرا استعمال نہیں ہو سکتا: کیمرے کا Qt ماڈیول لوڈ نہیں ہوا ({reason})۔ اس کے بجائے کوڈز تصویری فائلوں سے پڑھیں۔</translation>
    </message>
    <message>
        <source>this computer</source>
        <extracomment>What the address field shows while empty.</extracomment>
        <translation>یہ کمپیوٹر</translation>
    </message>
    <message>
        <source>{database} on {server}</source>
        <translation>‏{server} پر {database}</translation>
    </message>
</context>
<context>
    <name>AddSiteDialog</name>
    <message>
        <source>Add site</source>
        <translation>سائٹ شامل کریں</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>کوڈ:</translation>
    </message>
    <message>
        <source>e.g. LDN-1</source>
        <translation>مثلاً LDN-1</translation>
    </message>
    <message>
        <source>Letters A–Z, digits, &apos;-&apos; and &apos;_&apos;; up to 16.</source>
        <translation>حروف A–Z، ہندسے، &apos;-&apos; اور &apos;_&apos;؛ زیادہ سے زیادہ 16۔</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>e.g. London vault 1</source>
        <translation>مثلاً لندن والٹ 1</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>قسم:</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>دائرۂ اختیار (ملک):</translation>
    </message>
    <message>
        <source>optional, e.g. GB</source>
        <translation>اختیاری، مثلاً GB</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>آپریٹر:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
</context>
<context>
    <name>AddTankDialog</name>
    <message>
        <source>Add tank</source>
        <translation>ٹینک شامل کریں</translation>
    </message>
    <message>
        <source>Tank farm:</source>
        <translation>ٹینک فارم:</translation>
    </message>
    <message>
        <source>Tank code:</source>
        <translation>ٹینک کوڈ:</translation>
    </message>
    <message>
        <source>e.g. T-101</source>
        <translation>مثلاً T-101</translation>
    </message>
    <message>
        <source>Commodity:</source>
        <translation>جنس:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>پروڈکٹ:</translation>
    </message>
    <message>
        <source>optional, e.g. Arab Light</source>
        <translation>اختیاری، مثلاً عرب لائٹ</translation>
    </message>
    <message>
        <source>API MPMS 11.1 group:</source>
        <translation>‏API MPMS 11.1 گروپ:</translation>
    </message>
    <message>
        <source>Roof:</source>
        <translation>چھت:</translation>
    </message>
    <message>
        <source>Shell:</source>
        <translation>شیل:</translation>
    </message>
    <message>
        <source>As the commodity ({group})</source>
        <translation>جنس کے مطابق ({group})</translation>
    </message>
</context>
<context>
    <name>AddTokenDialog</name>
    <message>
        <source>Add token</source>
        <translation>ٹوکن شامل کریں</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>علامت:</translation>
    </message>
    <message>
        <source>e.g. XAUT</source>
        <translation>مثلاً XAUT</translation>
    </message>
    <message>
        <source>Backed by:</source>
        <translation>پشت پناہی:</translation>
    </message>
    <message>
        <source>Per token:</source>
        <translation>فی ٹوکن:</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>مثلاً 1</translation>
    </message>
    <message>
        <source>The quantity of the commodity one token stands for.</source>
        <translation>جنس کی وہ مقدار جس کی نمائندگی ایک ٹوکن کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Adjustment</source>
        <translation>تصحیح</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>وجہ:</translation>
    </message>
    <message>
        <source>why the record is corrected</source>
        <translation>ریکارڈ کی تصحیح کیوں کی جا رہی ہے</translation>
    </message>
    <message>
        <source>Required. It is written to the journal with the change.</source>
        <translation>لازمی۔ یہ تبدیلی کے ساتھ جرنل میں لکھی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>مقام:</translation>
    </message>
    <message>
        <source>Gross weight (ozt):</source>
        <translation>مجموعی وزن (ozt):</translation>
    </message>
    <message>
        <source>Fineness:</source>
        <translation>خالصیت:</translation>
    </message>
    <message>
        <source>Bundles:</source>
        <translation>بنڈل:</translation>
    </message>
    <message>
        <source>Gross weight (t):</source>
        <translation>مجموعی وزن (t):</translation>
    </message>
    <message>
        <source>Net weight (t):</source>
        <translation>صافی وزن (t):</translation>
    </message>
    <message>
        <source>Change at least one value above.</source>
        <translation>اوپر کم از کم ایک قدر بدلیں۔</translation>
    </message>
    <message>
        <source>Will change: {list}</source>
        <translation>بدلے گا: {list}</translation>
    </message>
    <message>
        <source>Record adjustment</source>
        <translation>تصحیح درج کریں</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Physical count</source>
        <translation>طبعی گنتی</translation>
    </message>
    <message>
        <source>The auditor&apos;s physical count</source>
        <translation>آڈیٹر کی طبعی گنتی</translation>
    </message>
    <message>
        <source>1. Plan</source>
        <translation>1۔ منصوبہ</translation>
    </message>
    <message>
        <source>2. Sheets</source>
        <translation>2۔ شیٹیں</translation>
    </message>
    <message>
        <source>3. Count</source>
        <translation>3۔ گنتی</translation>
    </message>
    <message>
        <source>4. Record</source>
        <translation>4۔ اندراج</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Another plan</source>
        <translation>دوسرا منصوبہ</translation>
    </message>
    <message>
        <source>The marks of the count in progress are not saved. Let them go, for another plan?</source>
        <translation>جاری گنتی کے نشانات محفوظ نہیں ہوئے۔ دوسرے منصوبے کے لیے انہیں چھوڑ دیں؟</translation>
    </message>
    <message>
        <source>Plan {name}: {what}</source>
        <translation>منصوبہ {name}: {what}</translation>
    </message>
    <message>
        <source>Make the plan from the final attestation, or open one made earlier. The sheets, the count and the record follow from it.</source>
        <translation>حتمی تصدیق نامے سے منصوبہ بنائیں، یا پہلے سے بنا ہوا منصوبہ کھولیں۔ شیٹیں، گنتی اور اندراج اسی سے نکلتے ہیں۔</translation>
    </message>
    <message>
        <source>The marks of the count are not saved. Close and lose them?</source>
        <translation>گنتی کے نشانات محفوظ نہیں ہوئے۔ بند کر کے انہیں کھو دیں؟</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Split a signing key into shares for several people to keep: any threshold of them together restore the key, fewer tell nothing of it. Each share is written as a sheet to print for its holder.</source>
        <translation>دستخطی کلید کو حصوں میں تقسیم کریں تاکہ کئی افراد انہیں رکھیں: حد کے برابر کوئی بھی حصے مل کر کلید بحال کر دیتے ہیں، اس سے کم حصے اس کے بارے میں کچھ نہیں بتاتے۔ ہر حصہ ایک شیٹ پر لکھا جاتا ہے جو اس کے حصہ دار کے لیے چھاپی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>کلید فائل:</translation>
    </message>
    <message>
        <source>The key file to back up</source>
        <translation>وہ کلید فائل جس کا بیک اپ بنانا ہے</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>کلید فائلیں (*.key);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>پاس فریز:</translation>
    </message>
    <message>
        <source>The key file&apos;s passphrase.</source>
        <translation>کلید فائل کا پاس فریز۔</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>حصے:</translation>
    </message>
    <message>
        <source>How many people keep a share (1 to {most}).</source>
        <translation>کتنے افراد ایک ایک حصہ رکھیں گے (1 سے {most} تک)۔</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>حد:</translation>
    </message>
    <message>
        <source>How many of the shares together restore the key: at least 2, and no more than there are shares.</source>
        <translation>کتنے حصے مل کر کلید بحال کرتے ہیں: کم از کم 2، اور حصوں کی تعداد سے زیادہ نہیں۔</translation>
    </message>
    <message>
        <source>SLIP-39 passphrase:</source>
        <translation>‏SLIP-39 پاس فریز:</translation>
    </message>
    <message>
        <source>Optional: the shares then restore the key only with it. Keep it apart from the sheets; without it the shares are worthless.</source>
        <translation>اختیاری: تب حصے صرف اس کے ساتھ کلید بحال کرتے ہیں۔ اسے شیٹوں سے الگ رکھیں؛ اس کے بغیر حصے بے کار ہیں۔</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>دوبارہ لکھیں:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>فولڈر:</translation>
    </message>
    <message>
        <source>Where to write the share sheets</source>
        <translation>حصوں کی شیٹیں کہاں لکھیں</translation>
    </message>
    <message>
        <source>Where share-N-of-COUNT.pdf are written, readable only by you.</source>
        <translation>جہاں share-N-of-COUNT.pdf فائلیں لکھی جاتی ہیں، جنہیں صرف آپ پڑھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Also write each share&apos;s words as a text file (for a scripted ceremony)</source>
        <translation>ہر حصے کے الفاظ ایک متنی فائل میں بھی لکھیں (اسکرپٹ سے چلنے والی تقریب کے لیے)</translation>
    </message>
    <message>
        <source>Back up the key</source>
        <translation>کلید کا بیک اپ بنائیں</translation>
    </message>
    <message>
        <source>the two SLIP-39 passphrases differ</source>
        <translation>دونوں SLIP-39 پاس فریز مختلف ہیں</translation>
    </message>
    <message>
        <source>Split the key {name} into {count} shares; any {threshold} of them restore it.</source>
        <translation>کلید {name} کو {count} حصوں میں تقسیم کر دیا گیا؛ ان میں سے کوئی بھی {threshold} حصے اسے بحال کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Written in {folder}, readable only by you: {files}.
Print each sheet for its holder, then delete these files.</source>
        <translation>شیٹیں فولڈر {folder} میں لکھ دی گئیں، جنہیں صرف آپ پڑھ سکتے ہیں: {files}۔
ہر شیٹ اس کے حصہ دار کے لیے چھاپیں، پھر یہ فائلیں حذف کر دیں۔</translation>
    </message>
    <message>
        <source>Unlocking the key and writing the shares…</source>
        <translation>کلید کھول کر حصے لکھے جا رہے ہیں…</translation>
    </message>
</context>
<context>
    <name>BarReceiptDialog</name>
    <message>
        <source>Bar receipt</source>
        <translation>بار کی وصولی</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>سائٹ:</translation>
    </message>
    <message>
        <source>Metal:</source>
        <translation>دھات:</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>سونا</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>چاندی</translation>
    </message>
    <message>
        <source>Brand (refiner):</source>
        <translation>برانڈ (ریفائنر):</translation>
    </message>
    <message>
        <source>e.g. PAMP</source>
        <translation>مثلاً PAMP</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>سیریل:</translation>
    </message>
    <message>
        <source>as stamped, leading zeros kept</source>
        <translation>جیسا ٹھپے پر ہے، شروع کے صفر سمیت</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>سال:</translation>
    </message>
    <message>
        <source>e.g. 2024</source>
        <translation>مثلاً 2024</translation>
    </message>
    <message>
        <source>ozt</source>
        <translation>ozt</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Gross weight:</source>
        <translation>مجموعی وزن:</translation>
    </message>
    <message>
        <source>e.g. 400.125</source>
        <translation>مثلاً 400.125</translation>
    </message>
    <message>
        <source>Fineness:</source>
        <translation>خالصیت:</translation>
    </message>
    <message>
        <source>parts per thousand, e.g. 999.9</source>
        <translation>فی ہزار حصے، مثلاً 999.9</translation>
    </message>
    <message>
        <source>Expected fine weight:</source>
        <translation>متوقع خالص وزن:</translation>
    </message>
    <message>
        <source>optional, ozt</source>
        <translation>اختیاری، ozt</translation>
    </message>
    <message>
        <source>From the refiner&apos;s list; checked against the computed fine weight.</source>
        <translation>ریفائنر کی فہرست سے؛ حساب شدہ خالص وزن سے ملایا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>مقام:</translation>
    </message>
    <message>
        <source>optional, e.g. B2-14-03</source>
        <translation>اختیاری، مثلاً B2-14-03</translation>
    </message>
    <message>
        <source>Computed (LBMA Good Delivery Rules 2024)</source>
        <translation>حساب شدہ (LBMA گڈ ڈیلیوری قواعد 2024)</translation>
    </message>
    <message>
        <source>Fine weight</source>
        <translation>خالص وزن</translation>
    </message>
    <message>
        <source>Record receipt</source>
        <translation>وصولی درج کریں</translation>
    </message>
    <message>
        <source>Type the gross weight and fineness.</source>
        <translation>مجموعی وزن اور خالصیت لکھیں۔</translation>
    </message>
    <message>
        <source>{fine} ozt</source>
        <translation>{fine} ozt</translation>
    </message>
    <message>
        <source>London gross weight {gross} ozt, fineness {fine}</source>
        <translation>لندن مجموعی وزن {gross} ozt، خالصیت {fine}</translation>
    </message>
    <message>
        <source>✔ Good Delivery</source>
        <translation>✔ گڈ ڈیلیوری</translation>
    </message>
    <message>
        <source>✘ Not Good Delivery: {why}</source>
        <translation>✘ گڈ ڈیلیوری نہیں: {why}</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <source>Which bar?</source>
        <translation>کون سی بار؟</translation>
    </message>
    <message>
        <source>{n} planned holdings answer to “{text}”. Read the brand and year on this one and choose it:</source>
        <translation>‏“{text}” سے منصوبے کی {n} ہولڈنگز ملتی ہیں۔ اس بار پر لکھا برانڈ اور سال پڑھ کر اسے منتخب کریں:</translation>
    </message>
    <message>
        <source>{listed} — {where} (leaf {leaf})</source>
        <translation>‏{listed} — {where} (پتا {leaf})</translation>
    </message>
    <message>
        <source>already marked</source>
        <translation>پہلے سے نشان زد</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Change</source>
        <extracomment>The lists of the holdings table: every change, or one kind of change.</extracomment>
        <translation>تبدیلی</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>ہولڈنگ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>سائٹ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>کیا بدلا</translation>
    </message>
    <message>
        <source>added</source>
        <translation>شامل</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>خارج</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تبدیل</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>بار</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>لاٹ</translation>
    </message>
    <message>
        <source>tank</source>
        <translation>ٹینک</translation>
    </message>
    <message>
        <source>gas</source>
        <translation>گیس</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a ledger server</source>
        <translation>لیجر سرور سے جڑیں</translation>
    </message>
    <message>
        <source>The terminals of one custodian can share one ledger on a PostgreSQL server. Type its address as the server&apos;s administrator gave it.</source>
        <translation>ایک نگہبان کے ٹرمینل PostgreSQL سرور پر ایک ہی لیجر استعمال کر سکتے ہیں۔ اس کا پتا ویسے ہی لکھیں جیسے سرور کے منتظم نے دیا ہے۔</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>پتا:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <source>The connection is encrypted and the server&apos;s certificate verified (TLS), unless the address names a Unix socket on this computer. The password comes from the server&apos;s usual means, such as ~/.pgpass; Tijori asks for it only when the server wants one they do not give, and never stores it.</source>
        <translation>رابطہ خفیہ کردہ ہوتا ہے اور سرور کے سرٹیفکیٹ کی تصدیق ہوتی ہے (TLS)، سوائے اس کے کہ پتا اسی کمپیوٹر پر کسی Unix ساکٹ کا ہو۔ پاس ورڈ سرور کے معمول کے ذرائع سے آتا ہے، جیسے ⁦~/.pgpass⁩؛ تجوری اسے صرف اس وقت مانگتی ہے جب سرور کو پاس ورڈ چاہیے اور یہ ذرائع نہ دیں، اور اسے کبھی محفوظ نہیں کرتی۔</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>جڑیں</translation>
    </message>
    <message>
        <source>Connecting to {url}…</source>
        <translation>‏{url} سے جڑ رہے ہیں…</translation>
    </message>
</context>
<context>
    <name>CountModel</name>
    <message>
        <source>the count table</source>
        <extracomment>The table&apos;s columns: the results sheet&apos;s, then the exceptions found so far. What the auditor fills in for a bar found that the plan does not list. Set with a key (y, n, Space), never typed out.</extracomment>
        <translation>گنتی کا ٹیبل</translation>
    </message>
    <message>
        <source>Leaf</source>
        <translation>پتا</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>سائٹ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Listed as</source>
        <translation>درج بطور</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>ملی</translation>
    </message>
    <message>
        <source>Serial
read</source>
        <translation>پڑھا گیا
سیریل</translation>
    </message>
    <message>
        <source>Brand
read</source>
        <translation>پڑھا گیا
برانڈ</translation>
    </message>
    <message>
        <source>Year
read</source>
        <translation>پڑھا گیا
سال</translation>
    </message>
    <message>
        <source>Seal
intact</source>
        <translation>سیل
سلامت</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>ناپا گیا</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>اکائی</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>استثنا</translation>
    </message>
    <message>
        <source>y: found, n: not found; Space switches</source>
        <translation>‏y: ملی، n: نہیں ملی؛ Space سے بدلیں</translation>
    </message>
    <message>
        <source>A bar&apos;s serial, a lot&apos;s warrant, a tank&apos;s or gas inventory&apos;s code, as read or scanned</source>
        <translation>بار کا سیریل، لاٹ کا وارنٹ، ٹینک یا گیس انوینٹری کا کوڈ، جیسا پڑھا یا اسکین کیا گیا</translation>
    </message>
    <message>
        <source>A bar&apos;s or lot&apos;s brand, as read</source>
        <translation>بار یا لاٹ کا برانڈ، جیسا پڑھا گیا</translation>
    </message>
    <message>
        <source>A bar&apos;s year, as read</source>
        <translation>بار کا سال، جیسا پڑھا گیا</translation>
    </message>
    <message>
        <source>y: intact, n: broken, Delete: no seal; Space switches</source>
        <translation>‏y: سلامت، n: ٹوٹی ہوئی، Delete: کوئی سیل نہیں؛ Space سے بدلیں</translation>
    </message>
    <message>
        <source>A bar&apos;s gross weight, a lot&apos;s gross tonnes, a tank&apos;s net standard volume, a gas inventory&apos;s energy, as measured</source>
        <translation>بار کا مجموعی وزن، لاٹ کے مجموعی ٹن، ٹینک کا صافی معیاری حجم، گیس انوینٹری کی توانائی، جیسا ناپا گیا</translation>
    </message>
    <message>
        <source>What the count found, or why the row cannot be recorded as it stands</source>
        <translation>گنتی میں کیا ملا، یا یہ قطار موجودہ حالت میں کیوں درج نہیں ہو سکتی</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>بار</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>لاٹ</translation>
    </message>
    <message>
        <source>tank</source>
        <translation>ٹینک</translation>
    </message>
    <message>
        <source>gas</source>
        <translation>گیس</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>identity mismatch</source>
        <translation>شناخت بے میل</translation>
    </message>
    <message>
        <source>seal broken</source>
        <translation>سیل ٹوٹی ہوئی</translation>
    </message>
    <message>
        <source>weight outside tolerance</source>
        <translation>وزن حدِ برداشت سے باہر</translation>
    </message>
    <message>
        <source>volume outside tolerance</source>
        <translation>حجم حدِ برداشت سے باہر</translation>
    </message>
    <message>
        <source>energy outside tolerance</source>
        <translation>توانائی حدِ برداشت سے باہر</translation>
    </message>
    <message>
        <source>{source}, unlisted bar {n}</source>
        <translation>‏{source}، غیر فہرست شدہ بار {n}</translation>
    </message>
    <message>
        <source>{source}, leaf {index}</source>
        <translation>‏{source}، پتا {index}</translation>
    </message>
    <message>
        <source>bar found unlisted</source>
        <translation>غیر فہرست شدہ بار</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
</context>
<context>
    <name>CountPage</name>
    <message>
        <source>Scan a bar, or type a serial, warrant or code, then Enter</source>
        <extracomment>A scan was handled: the row it marked (-1 for none), and what was scanned.</extracomment>
        <translation>بار اسکین کریں، یا سیریل، وارنٹ یا کوڈ لکھیں، پھر Enter</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>اسکین:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>نہیں ملی</translation>
    </message>
    <message>
        <source>Mark the selected holdings not found</source>
        <translation>منتخب ہولڈنگز کو «نہیں ملی» نشان زد کریں</translation>
    </message>
    <message>
        <source>Bar not listed…</source>
        <translation>غیر فہرست شدہ بار…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Remove the selected bar found unlisted</source>
        <translation>منتخب غیر فہرست شدہ بار ہٹائیں</translation>
    </message>
    <message>
        <source>In the table: y or n marks found and seal intact (Space switches, Delete clears), typing fills the other cells, Tab moves along the row, Enter ends it and goes back to the scan field.</source>
        <translation>ٹیبل میں: y یا n سے «ملی» اور «سیل سلامت» نشان زد ہوتے ہیں (Space بدلتا ہے، Delete صاف کرتا ہے)، لکھنے سے باقی خانے بھرتے ہیں، Tab قطار میں آگے لے جاتا ہے، Enter قطار ختم کر کے اسکین کے خانے پر واپس لے جاتا ہے۔</translation>
    </message>
    <message>
        <source>Open saved progress…</source>
        <translation>محفوظ شدہ پیش رفت کھولیں…</translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation>پیش رفت محفوظ کریں</translation>
    </message>
    <message>
        <source>Write the marks to a results sheet, to take the count up again later (Ctrl+S)</source>
        <translation>نشانات نتائج کی شیٹ میں لکھیں، تاکہ گنتی بعد میں وہیں سے جاری رہے (Ctrl+S)</translation>
    </message>
    <message>
        <source>{marked} of {planned} holdings marked, 1 exception</source>
        <translation>‏{planned} میں سے {marked} ہولڈنگز نشان زد، 1 استثنا</translation>
    </message>
    <message>
        <source>{marked} of {planned} holdings marked, {exceptions} exceptions</source>
        <translation>‏{planned} میں سے {marked} ہولڈنگز نشان زد، {exceptions} استثنا</translation>
    </message>
    <message>
        <source>, {n} bar(s) found unlisted</source>
        <translation>‏، {n} غیر فہرست شدہ بار ملیں</translation>
    </message>
    <message>
        <source>; {n} row(s) to put right</source>
        <translation>‏؛ {n} قطاریں درست کرنی ہیں</translation>
    </message>
    <message>
        <source>changes not saved</source>
        <translation>تبدیلیاں محفوظ نہیں ہوئیں</translation>
    </message>
    <message>
        <source>saved to {name}</source>
        <translation>‏{name} میں محفوظ</translation>
    </message>
    <message>
        <source>Leaf {leaf}: {kind} {listed} at {where}</source>
        <translation>پتا {leaf}: {kind} {listed}، {where} پر</translation>
    </message>
    <message>
        <source>Bar found unlisted: {serial} at {where}</source>
        <translation>غیر فہرست شدہ بار: {serial}، {where} پر</translation>
    </message>
    <message>
        <source>{text} is already in the table, as a bar found unlisted.</source>
        <translation>‏{text} پہلے سے ٹیبل میں غیر فہرست شدہ بار کے طور پر موجود ہے۔</translation>
    </message>
    <message>
        <source>{kind} {listed} at {site}</source>
        <translation>‏{kind} {listed}، {site} پر</translation>
    </message>
    <message>
        <source>Already marked found: {what}.</source>
        <translation>پہلے سے «ملی» نشان زد: {what}۔</translation>
    </message>
    <message>
        <source>Read its brand and year, its seal and its gross weight into its row (Tab).</source>
        <translation>اس کا برانڈ اور سال، اس کی سیل اور اس کا مجموعی وزن پڑھ کر اس کی قطار میں لکھیں (Tab)۔</translation>
    </message>
    <message>
        <source>Read its brand and seal, and re-weigh it, into its row (Tab).</source>
        <translation>اس کا برانڈ اور سیل پڑھیں، اور دوبارہ تول کر اس کی قطار میں لکھیں (Tab)۔</translation>
    </message>
    <message>
        <source>Give its re-measured quantity in its row (Tab).</source>
        <translation>دوبارہ ناپی گئی مقدار اس کی قطار میں لکھیں (Tab)۔</translation>
    </message>
    <message>
        <source>Found: {what}. {next}</source>
        <translation>ملی: {what}۔ {next}</translation>
    </message>
    <message>
        <source>No holding of the plan answers to {text}.</source>
        <translation>منصوبے کی کوئی ہولڈنگ {text} سے نہیں ملتی۔</translation>
    </message>
    <message>
        <source>Added as a bar found unlisted: {serial}.</source>
        <translation>غیر فہرست شدہ بار کے طور پر شامل ہوئی: {serial}۔</translation>
    </message>
    <message>
        <source>Marked not found: {n} holding(s).</source>
        <translation>«نہیں ملی» نشان زد: {n} ہولڈنگز۔</translation>
    </message>
    <message>
        <source>Remove {n} bar(s) found unlisted from the count?</source>
        <translation>گنتی سے {n} غیر فہرست شدہ بار ہٹائیں؟</translation>
    </message>
    <message>
        <source>Results sheet (*.csv);;All files (*)</source>
        <translation>نتائج کی شیٹ (*.csv);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>محفوظ نہیں ہوا</translation>
    </message>
    <message>
        <source>Save the count&apos;s progress</source>
        <translation>گنتی کی پیش رفت محفوظ کریں</translation>
    </message>
    <message>
        <source>Saved to {path} at {time}.</source>
        <translation>‏{time} بجے {path} میں محفوظ ہو گئی۔</translation>
    </message>
    <message>
        <source>Open a count&apos;s saved progress</source>
        <translation>گنتی کی محفوظ شدہ پیش رفت کھولیں</translation>
    </message>
    <message>
        <source>Open saved progress</source>
        <translation>محفوظ شدہ پیش رفت کھولیں</translation>
    </message>
    <message>
        <source>The marks in the table are not saved. Replace them with those of {name}?</source>
        <translation>ٹیبل کے نشانات محفوظ نہیں ہوئے۔ ان کی جگہ {name} کے نشانات لے آئیں؟</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>کھولا نہیں جا سکا</translation>
    </message>
    <message>
        <source>Cannot read {path}: {why}</source>
        <translation>‏{path} پڑھی نہیں جا سکی: {why}</translation>
    </message>
    <message>
        <source>Taken up from {path}: {marked} of {planned} holdings marked.</source>
        <translation>‏{path} سے دوبارہ شروع: {planned} میں سے {marked} ہولڈنگز نشان زد۔</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message>
        <source>1 bar</source>
        <extracomment>Languages the application is translated into: code → its own name for itself. Fonts for a language&apos;s script, in resources/fonts.</extracomment>
        <translation>1 بار</translation>
    </message>
    <message>
        <source>1 lot</source>
        <translation>1 لاٹ</translation>
    </message>
    <message>
        <source>1 tank</source>
        <translation>1 ٹینک</translation>
    </message>
    <message>
        <source>1 gas inventory</source>
        <translation>1 گیس انوینٹری</translation>
    </message>
    <message>
        <source>{n} bars</source>
        <translation>‏{n} بار</translation>
    </message>
    <message>
        <source>{n} lots</source>
        <translation>‏{n} لاٹ</translation>
    </message>
    <message>
        <source>{n} tanks</source>
        <translation>‏{n} ٹینک</translation>
    </message>
    <message>
        <source>{n} gas inventories</source>
        <translation>‏{n} گیس انوینٹریاں</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Loading…</source>
        <extracomment>The trust policy the Attest page last used (`attest_scope` remembers it). Where a recent movement&apos;s row keeps its event kind.</extracomment>
        <translation>لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Not checked in this session.</source>
        <translation>اس سیشن میں پڑتال نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Check the journal now</source>
        <translation>ابھی جرنل کی پڑتال کریں</translation>
    </message>
    <message>
        <source>No tokens recorded. Add one from the Record menu.</source>
        <translation>کوئی ٹوکن درج نہیں۔ «اندراج» مینو سے ایک شامل کریں۔</translation>
    </message>
    <message>
        <source>Nothing held yet.</source>
        <translation>ابھی کچھ تحویل میں نہیں۔</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>کب (UTC)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Totals held</source>
        <translation>تحویل میں کل مقدار</translation>
    </message>
    <message>
        <source>Last attestation</source>
        <translation>آخری تصدیق نامہ</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>جرنل</translation>
    </message>
    <message>
        <source>Token coverage (reserves ÷ supply)</source>
        <translation>ٹوکن کا احاطہ (ذخائر ÷ سپلائی)</translation>
    </message>
    <message>
        <source>Holdings by site</source>
        <translation>سائٹ وار ہولڈنگز</translation>
    </message>
    <message>
        <source>Recent movements</source>
        <translation>حالیہ نقل و حرکت</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ڈیش بورڈ</translation>
    </message>
    <message>
        <source>{n} events; head {head}…</source>
        <translation>‏{n} اندراجات؛ سرا {head}…</translation>
    </message>
    <message>
        <source>Nothing held yet. Record a receipt or import a bar list to begin.</source>
        <translation>ابھی کچھ تحویل میں نہیں۔ شروع کرنے کے لیے وصولی درج کریں یا بار لسٹ درآمد کریں۔</translation>
    </message>
    <message>
        <source>None yet. Prepare one on the Attest page.</source>
        <translation>ابھی کوئی نہیں۔ «تصدیق نامہ» صفحے پر ایک تیار کریں۔</translation>
    </message>
    <message>
        <source>{id}…
as of {as_of} ({age} ago)
digest {digest}…
{count} attestation(s) in the chain</source>
        <translation>‏{id}…
بتاریخ {as_of} ({age} پہلے)
ڈائجسٹ {digest}…
سلسلے میں {count} تصدیق نامے</translation>
    </message>
    <message>
        <source>moments</source>
        <translation>چند لمحے</translation>
    </message>
    <message>
        <source>{n} day</source>
        <translation>‏{n} دن</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>‏{n} دن</translation>
    </message>
    <message>
        <source>{n} hour</source>
        <translation>‏{n} گھنٹہ</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation>‏{n} گھنٹے</translation>
    </message>
    <message>
        <source>{n} minute</source>
        <translation>‏{n} منٹ</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>‏{n} منٹ</translation>
    </message>
    <message>
        <source>no supply recorded</source>
        <translation>کوئی سپلائی درج نہیں</translation>
    </message>
    <message>
        <source>no supply to cover</source>
        <translation>پورا کرنے کو کوئی سپلائی نہیں</translation>
    </message>
    <message>
        <source>  SHORTFALL</source>
        <translation>  کمی</translation>
    </message>
    <message>
        <source>No movements yet.</source>
        <translation>ابھی کوئی نقل و حرکت نہیں۔</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>پڑتال ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Replaying the journal</source>
        <translation>جرنل دوبارہ چلایا جا رہا ہے</translation>
    </message>
    <message>
        <source>✓ Intact: {n} events chained and replayed; the holdings match.</source>
        <translation>✓ درست: {n} اندراجات سلسلہ وار اور دوبارہ چلائے گئے؛ ہولڈنگز مطابق ہیں۔</translation>
    </message>
</context>
<context>
    <name>DiffWindow</name>
    <message>
        <source>Compare attestations</source>
        <extracomment>A comparison ended with this result (a `diffing.DiffResult`).</extracomment>
        <translation>تصدیق ناموں کا موازنہ</translation>
    </message>
    <message>
        <source>Compare two attestations</source>
        <translation>دو تصدیق ناموں کا موازنہ کریں</translation>
    </message>
    <message>
        <source>Both are verified with their leaves under the policy you hold, and NEW is checked against OLD: one series, its journal only appended to. Holdings are matched by kind and id. Nothing is changed.</source>
        <translation>دونوں کو ان کے پتوں سمیت آپ کے پاس موجود پالیسی کے تحت جانچا جاتا ہے، اور «نیا» کی پڑتال «پرانا» کے مقابلے میں ہوتی ہے: ایک ہی سلسلہ، جس کے جرنل میں صرف اضافہ ہوا ہو۔ ہولڈنگز قسم اور نمبر سے ملائی جاتی ہیں۔ کچھ نہیں بدلتا۔</translation>
    </message>
    <message>
        <source>Attestation (*.json);;All files (*)</source>
        <translation>تصدیق نامہ (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Leaves (*.jsonl);;All files (*)</source>
        <translation>پتے (*.jsonl);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>The earlier attestation (OLD)</source>
        <translation>پہلے والا تصدیق نامہ («پرانا»)</translation>
    </message>
    <message>
        <source>The leaves of OLD</source>
        <translation>«پرانا» کے پتے</translation>
    </message>
    <message>
        <source>The later attestation (NEW)</source>
        <translation>بعد والا تصدیق نامہ («نیا»)</translation>
    </message>
    <message>
        <source>The leaves of NEW</source>
        <translation>«نیا» کے پتے</translation>
    </message>
    <message>
        <source>Give both leaves files to compare the holdings; without them only the totals and tokens are compared.</source>
        <translation>ہولڈنگز کے موازنے کے لیے پتوں کی دونوں فائلیں دیں؛ ان کے بغیر صرف میزان اور ٹوکنوں کا موازنہ ہوتا ہے۔</translation>
    </message>
    <message>
        <source>The trust policy you hold</source>
        <translation>آپ کے پاس موجود ٹرسٹ پالیسی</translation>
    </message>
    <message>
        <source>Trust policy (*.json);;All files (*)</source>
        <translation>ٹرسٹ پالیسی (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>OLD: the earlier</source>
        <translation>«پرانا»: پہلے والا</translation>
    </message>
    <message>
        <source>NEW: the later</source>
        <translation>«نیا»: بعد والا</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>تصدیق نامہ:</translation>
    </message>
    <message>
        <source>Leaves:</source>
        <translation>پتے:</translation>
    </message>
    <message>
        <source>Trust policy:</source>
        <translation>ٹرسٹ پالیسی:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>موازنہ کریں</translation>
    </message>
    <message>
        <source>The comparison appears here.</source>
        <translation>موازنہ یہاں نظر آئے گا۔</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>ہر تبدیلی</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>شامل</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>خارج</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تبدیل</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>دکھائیں:</translation>
    </message>
    <message>
        <source>Commodity</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>اکائی</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>پرانا</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>نیا</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تبدیلی</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>ٹوکن</translation>
    </message>
    <message>
        <source>Supply OLD</source>
        <translation>سپلائی (پرانا)</translation>
    </message>
    <message>
        <source>Supply NEW</source>
        <translation>سپلائی (نیا)</translation>
    </message>
    <message>
        <source>Coverage OLD</source>
        <translation>احاطہ (پرانا)</translation>
    </message>
    <message>
        <source>Coverage NEW</source>
        <translation>احاطہ (نیا)</translation>
    </message>
    <message>
        <source>Covered OLD</source>
        <translation>پورا (پرانا)</translation>
    </message>
    <message>
        <source>Covered NEW</source>
        <translation>پورا (نیا)</translation>
    </message>
    <message>
        <source>Totals, as the two statements state them:</source>
        <translation>میزان، جیسے دونوں بیانات میں درج ہیں:</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>ٹوکن:</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>ہولڈنگز</translation>
    </message>
    <message>
        <source>Totals and tokens</source>
        <translation>میزان اور ٹوکن</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>پڑتالیں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Choose both attestations and the trust policy you hold; give both leaves files to compare the holdings.</source>
        <translation>دونوں تصدیق نامے اور اپنے پاس موجود ٹرسٹ پالیسی منتخب کریں؛ ہولڈنگز کے موازنے کے لیے پتوں کی دونوں فائلیں دیں۔</translation>
    </message>
    <message>
        <source>Give the leaves of both attestations, or of neither (then only the totals and tokens are compared).</source>
        <translation>دونوں تصدیق ناموں کے پتے دیں، یا کسی کے بھی نہیں (تب صرف میزان اور ٹوکنوں کا موازنہ ہوتا ہے)۔</translation>
    </message>
    <message>
        <source>Comparing {old} and {new}…</source>
        <translation>‏{old} اور {new} کا موازنہ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>موازنہ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>NOT COMPARED</source>
        <translation>موازنہ نہیں ہوا</translation>
    </message>
    <message>
        <source>Cancelled: nothing was compared.</source>
        <translation>منسوخ: کسی چیز کا موازنہ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>NEW is the next attestation of OLD&apos;s series.</source>
        <translation>«نیا» «پرانا» کے سلسلے کا اگلا تصدیق نامہ ہے۔</translation>
    </message>
    <message>
        <source>NEW comes later in OLD&apos;s series; the attestations between were not given.</source>
        <translation>«نیا» «پرانا» کے سلسلے میں بعد میں آتا ہے؛ درمیان کے تصدیق نامے نہیں دیے گئے۔</translation>
    </message>
    <message>
        <source>OLD and NEW are the same attestation.</source>
        <translation>«پرانا» اور «نیا» ایک ہی تصدیق نامہ ہیں۔</translation>
    </message>
    <message>
        <source>NEW comes before OLD.</source>
        <translation>«نیا» «پرانا» سے پہلے آتا ہے۔</translation>
    </message>
    <message>
        <source>OLD and NEW share one number of their series: a fork.</source>
        <translation>سلسلے میں «پرانا» اور «نیا» کا نمبر ایک ہی ہے: سلسلہ دو شاخوں میں بٹ گیا ہے۔</translation>
    </message>
    <message>
        <source>OLD and NEW are attestations of different ledgers.</source>
        <translation>«پرانا» اور «نیا» مختلف لیجروں کے تصدیق نامے ہیں۔</translation>
    </message>
    <message>
        <source>How NEW stands to OLD cannot be checked.</source>
        <translation>«نیا» کا «پرانا» سے تعلق جانچا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>NOT VALID: {why}. {relation} Do not rely on the comparison below.</source>
        <translation>نادرست: {why}۔ {relation} نیچے دیے گئے موازنے پر بھروسہ نہ کریں۔</translation>
    </message>
    <message>
        <source>VALID, {count} check(s) not done: {relation}</source>
        <translation>درست، {count} پڑتالیں نہیں ہو سکیں: {relation}</translation>
    </message>
    <message>
        <source>VALID: both verify. {relation}</source>
        <translation>درست: دونوں جانچ میں درست نکلے۔ {relation}</translation>
    </message>
    <message>
        <source>Holdings not compared: {why}.</source>
        <translation>ہولڈنگز کا موازنہ نہیں ہوا: {why}۔</translation>
    </message>
    <message>
        <source>{added} added, {removed} removed, {changed} changed, {unchanged} unchanged.</source>
        <translation>‏{added} شامل، {removed} خارج، {changed} تبدیل، {unchanged} بغیر تبدیلی۔</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Sites added: {added}; removed: {removed}.</source>
        <translation>شامل سائٹس: {added}؛ خارج: {removed}۔</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>درست</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>نادرست</translation>
    </message>
    <message>
        <source>{label} {file}: cannot be read ({state})</source>
        <translation>‏{label} {file}: پڑھا نہیں جا سکتا ({state})</translation>
    </message>
    <message>
        <source>number {n}, </source>
        <translation>نمبر {n}، </translation>
    </message>
    <message>
        <source>{label}  {file}: {number}as of {as_of}, {count} holdings: {state}</source>
        <translation>‏{label}  {file}: {number}بتاریخ {as_of}، {count} ہولڈنگز: {state}</translation>
    </message>
</context>
<context>
    <name>EventDetails</name>
    <message>
        <source>Choose an event to see its details.</source>
        <translation>تفصیل دیکھنے کے لیے کوئی اندراج منتخب کریں۔</translation>
    </message>
    <message>
        <source>kind {kind}</source>
        <translation>قسم {kind}</translation>
    </message>
    <message>
        <source>event hash {hash}</source>
        <translation>اندراج کا ہیش {hash}</translation>
    </message>
    <message>
        <source>Documents (SHA-256):</source>
        <translation>دستاویزات (SHA-256):</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>مواد:</translation>
    </message>
</context>
<context>
    <name>Flags</name>
    <message>
        <source>fineness below 995.0</source>
        <extracomment>What each flag says, marked for lupdate in the context &quot;Flags&quot;.</extracomment>
        <translation>خالصیت 995.0 سے کم</translation>
    </message>
    <message>
        <source>fine weight below 350 ozt</source>
        <translation>خالص وزن 350 ozt سے کم</translation>
    </message>
    <message>
        <source>fine weight above 430 ozt</source>
        <translation>خالص وزن 430 ozt سے زیادہ</translation>
    </message>
    <message>
        <source>fineness below 999.0</source>
        <translation>خالصیت 999.0 سے کم</translation>
    </message>
    <message>
        <source>gross weight below 500 ozt</source>
        <translation>مجموعی وزن 500 ozt سے کم</translation>
    </message>
    <message>
        <source>gross weight above 1,250 ozt</source>
        <translation>مجموعی وزن 1,250 ozt سے زیادہ</translation>
    </message>
    <message>
        <source>gross weight outside the recommended 750–1,100 ozt</source>
        <translation>مجموعی وزن تجویز کردہ 750–1,100 ozt سے باہر</translation>
    </message>
    <message>
        <source>net weight outside ±2 % of the lot size</source>
        <translation>صافی وزن لاٹ کے سائز کے ±2 % سے باہر</translation>
    </message>
</context>
<context>
    <name>GasInventoryDialog</name>
    <message>
        <source>Gas inventory</source>
        <translation>گیس انوینٹری</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>سائٹ:</translation>
    </message>
    <message>
        <source>Inventory code:</source>
        <translation>انوینٹری کوڈ:</translation>
    </message>
    <message>
        <source>storage facility or LNG tank, e.g. GS-1</source>
        <translation>ذخیرہ گاہ یا LNG ٹینک، مثلاً GS-1</translation>
    </message>
    <message>
        <source>Working gas:</source>
        <translation>ورکنگ گیس:</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>حجم</translation>
    </message>
    <message>
        <source>Cushion gas:</source>
        <translation>کشن گیس:</translation>
    </message>
    <message>
        <source>Same unit; stays in the store and is recorded apart.</source>
        <translation>وہی اکائی؛ ذخیرہ گاہ میں ہی رہتی ہے اور الگ درج ہوتی ہے۔</translation>
    </message>
    <message>
        <source>GCV (MJ/Sm³):</source>
        <translation>‏GCV (MJ/Sm³):</translation>
    </message>
    <message>
        <source>e.g. 39.5</source>
        <translation>مثلاً 39.5</translation>
    </message>
    <message>
        <source>Gross calorific value, ISO 6976, at 15 °C.</source>
        <translation>مجموعی حرارتی قدر، ISO 6976، 15 °C پر۔</translation>
    </message>
    <message>
        <source>Liquid volume (m³):</source>
        <translation>مائع کا حجم (m³):</translation>
    </message>
    <message>
        <source>Density (kg/m³):</source>
        <translation>کثافت (kg/m³):</translation>
    </message>
    <message>
        <source>e.g. 450</source>
        <translation>مثلاً 450</translation>
    </message>
    <message>
        <source>GCV (MJ/kg):</source>
        <translation>‏GCV (MJ/kg):</translation>
    </message>
    <message>
        <source>e.g. 54.5</source>
        <translation>مثلاً 54.5</translation>
    </message>
    <message>
        <source>Displaced vapour (GJ):</source>
        <translation>خارج شدہ بخارات (GJ):</translation>
    </message>
    <message>
        <source>MMBtu basis:</source>
        <translation>‏MMBtu کی بنیاد:</translation>
    </message>
    <message>
        <source>Measured at:</source>
        <translation>پیمائش کا وقت:</translation>
    </message>
    <message>
        <source>now, or e.g. 2026-11-25T09:30:00Z</source>
        <translation>ابھی، یا مثلاً 2026-11-25T09:30:00Z</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>توانائی</translation>
    </message>
    <message>
        <source>Replaces the reading of {when} at {site}: {mmbtu} MMBtu</source>
        <translation>‏{site} پر {when} کی ریڈنگ کی جگہ لے گی: {mmbtu} MMBtu</translation>
    </message>
    <message>
        <source>Record inventory</source>
        <translation>انوینٹری درج کریں</translation>
    </message>
    <message>
        <source>{mmbtu} MMBtu</source>
        <translation>{mmbtu} MMBtu</translation>
    </message>
    <message>
        <source>Working gas {sm3} Sm³ = {gj} GJ = {mwh} MWh
Cushion gas {csm3} Sm³ = {cmmbtu} MMBtu = {cgj} GJ = {cmwh} MWh</source>
        <translation>ورکنگ گیس {sm3} Sm³ = {gj} GJ = {mwh} MWh
کشن گیس {csm3} Sm³ = {cmmbtu} MMBtu = {cgj} GJ = {cmwh} MWh</translation>
    </message>
    <message>
        <source>= {gj} GJ = {mwh} MWh (basis {basis})</source>
        <translation>‏= {gj} GJ = {mwh} MWh (بنیاد {basis})</translation>
    </message>
    <message>
        <source>The energy appears when the volumes and calorific value are given.</source>
        <translation>حجم اور حرارتی قدر دینے پر توانائی نظر آئے گی۔</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Tijori — Guide</source>
        <extracomment>Every topic, in the order the guide lists them. The language every topic is written in; others fall back to it topic by topic. The main window&apos;s pages (and the other windows) → the topic that explains them. A Markdown link&apos;s target: `[text](target)`.</extracomment>
        <translation>‏Tijori — رہنما</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>▶ واپس</translation>
    </message>
    <message>
        <source>The topic before (Alt+Left)</source>
        <translation>پچھلا موضوع (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>آگے ◀</translation>
    </message>
    <message>
        <source>The topic after (Alt+Right)</source>
        <translation>اگلا موضوع (Alt+Right)</translation>
    </message>
    <message>
        <source>Search the guide…</source>
        <translation>رہنما میں تلاش کریں…</translation>
    </message>
    <message>
        <source>That link leads outside the guide and is not opened: Tijori works without a network.</source>
        <translation>یہ لنک رہنما سے باہر لے جاتا ہے اس لیے نہیں کھولا گیا: Tijori نیٹ ورک کے بغیر کام کرتا ہے۔</translation>
    </message>
    <message>
        <source>No topic mentions “{text}”.</source>
        <translation>کسی موضوع میں “{text}” کا ذکر نہیں۔</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of holding {id}</source>
        <translation>ہولڈنگ {id} کا تاریخچہ</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>نیا پہلے</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>متن کے طور پر نقل کریں</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>تفصیل دکھائیں</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>کب (UTC)</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>دستاویز: {name}</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>کوئی اندراج نہیں۔</translation>
    </message>
    <message>
        <source>{n} event(s) touched holding {id}.</source>
        <translation>ہولڈنگ {id} سے متعلق {n} اندراجات۔</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>تفصیل چھپائیں</translation>
    </message>
</context>
<context>
    <name>HoldingDialog</name>
    <message>
        <source>Scan or type serials, warrants or codes; Enter adds each to the list.</source>
        <extracomment>Whether the dialog moves a list of holdings (Transfer, Withdrawal).</extracomment>
        <translation>سیریل، وارنٹ یا کوڈ اسکین کریں یا لکھیں؛ Enter ہر ایک کو فہرست میں شامل کرتا ہے۔</translation>
    </message>
    <message>
        <source>Holding:</source>
        <translation>ہولڈنگ:</translation>
    </message>
    <message>
        <source>serial, warrant, code, or #id</source>
        <translation>سیریل، وارنٹ، کوڈ، یا #نمبر</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>To move:</source>
        <translation>منتقل کرنے کے لیے:</translation>
    </message>
    <message>
        <source>Looking up {text}…</source>
        <translation>‏{text} تلاش ہو رہا ہے…</translation>
    </message>
    <message>
        <source>{n} holdings answer to {text}: press Enter to choose one.</source>
        <translation>‏{text} سے {n} ہولڈنگز ملتی ہیں: ایک منتخب کرنے کے لیے Enter دبائیں۔</translation>
    </message>
    <message>
        <source>Holding {id} is a {kind}: only bars and lots move this way; record a new gauging or gas reading instead.</source>
        <translation>ہولڈنگ {id} ایک {kind} ہے: اس طرح صرف بار اور لاٹ منتقل ہوتے ہیں؛ اس کی بجائے نئی پیمائش یا گیس ریڈنگ درج کریں۔</translation>
    </message>
    <message>
        <source>{what} is already in the list.</source>
        <translation>‏{what} پہلے سے فہرست میں ہے۔</translation>
    </message>
    <message>
        <source>Not a bar or lot</source>
        <translation>نہ بار ہے نہ لاٹ</translation>
    </message>
    <message>
        <source>Added {what}</source>
        <translation>‏{what} شامل ہو گیا</translation>
    </message>
    <message>
        <source>Nothing listed yet.</source>
        <translation>ابھی فہرست میں کچھ نہیں۔</translation>
    </message>
</context>
<context>
    <name>HoldingsModel</name>
    <message>
        <source>Outside the limits: {flags}</source>
        <extracomment>The order a person reads a holding in: what identifies it, what it weighs, where it is; the internal id last. Columns in HIDDEN start hidden (the header&apos;s menu shows them). (rows, seconds-free) the query is ready: its row count is known. a page arrived (its number), for tests and the benchmark.</extracomment>
        <translation>حدود سے باہر: {flags}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
</context>
<context>
    <name>HoldingsPage</name>
    <message>
        <source>Bars</source>
        <translation>بار</translation>
    </message>
    <message>
        <source>Lots</source>
        <translation>لاٹ</translation>
    </message>
    <message>
        <source>Tanks</source>
        <translation>ٹینک</translation>
    </message>
    <message>
        <source>Gas</source>
        <translation>گیس</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Location starts with…</source>
        <translation>مقام جس سے شروع ہو…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>منتقل کریں…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>نکالیں…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>برآمد کریں…</translation>
    </message>
    <message>
        <source>The holdings shown, as CSV or XLSX</source>
        <translation>دکھائی گئی ہولڈنگز، CSV یا XLSX کی صورت میں</translation>
    </message>
    <message>
        <source>Count sheet…</source>
        <translation>گنتی شیٹ…</translation>
    </message>
    <message>
        <source>A printable sheet for counting the chosen site, by location</source>
        <translation>منتخب سائٹ کی گنتی کے لیے قابلِ طباعت شیٹ، مقام وار</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>ہولڈنگز</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>تمام سائٹس</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>تمام برانڈ</translation>
    </message>
    <message>
        <source>Find by {what} (starts with)…</source>
        <translation>‏{what} سے تلاش کریں (شروع میں)…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>بار</translation>
    </message>
    <message>
        <source>lots</source>
        <translation>لاٹ</translation>
    </message>
    <message>
        <source>tanks</source>
        <translation>ٹینک</translation>
    </message>
    <message>
        <source>gas inventories</source>
        <translation>گیس انوینٹریاں</translation>
    </message>
    <message>
        <source>Nothing matches these filters.</source>
        <translation>ان فلٹرز سے کچھ نہیں ملتا۔</translation>
    </message>
    <message>
        <source>No {what} recorded yet. Use the Record menu or Import to add some.</source>
        <translation>ابھی کوئی {what} درج نہیں۔ شامل کرنے کے لیے «اندراج» مینو یا «درآمد» استعمال کریں۔</translation>
    </message>
    <message>
        <source>{quantity} {unit} {commodity}</source>
        <translation>{quantity} {unit} {commodity}</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>تاریخچہ…</translation>
    </message>
    <message>
        <source>Transfer {n} holdings…</source>
        <translation>‏{n} ہولڈنگز منتقل کریں…</translation>
    </message>
    <message>
        <source>Withdraw {n} holdings…</source>
        <translation>‏{n} ہولڈنگز نکالیں…</translation>
    </message>
    <message>
        <source>Adjust…</source>
        <translation>تصحیح کریں…</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>کالم بحال کریں</translation>
    </message>
</context>
<context>
    <name>JournalDialog</name>
    <message>
        <source>Journal</source>
        <translation>جرنل</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>کوئی بھی</translation>
    </message>
    <message>
        <source>id, serial, warrant or code</source>
        <translation>نمبر، سیریل، وارنٹ یا کوڈ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>فلٹر صاف کریں</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>لوڈ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Check the chain</source>
        <translation>سلسلے کی پڑتال کریں</translation>
    </message>
    <message>
        <source>Check every hash link and replay the journal into the holdings</source>
        <translation>ہیش کی ہر کڑی کی پڑتال کریں اور جرنل کو ہولڈنگز پر دوبارہ چلائیں</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>‏CSV برآمد کریں…</translation>
    </message>
    <message>
        <source>Write the events these filters choose to a CSV file</source>
        <translation>ان فلٹرز سے چنے گئے اندراجات CSV فائل میں لکھیں</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>تفصیل دکھائیں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>اقسام</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>From</source>
        <translation>سے</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تک</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>ہولڈنگ</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>تمام اقسام</translation>
    </message>
    <message>
        <source>{n} kinds</source>
        <translation>‏{n} اقسام</translation>
    </message>
    <message>
        <source>Every kind of event</source>
        <translation>اندراج کی ہر قسم</translation>
    </message>
    <message>
        <source>Change the filters to see events.</source>
        <translation>اندراجات دیکھنے کے لیے فلٹر بدلیں۔</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>ان فلٹرز سے کوئی اندراج نہیں ملتا۔</translation>
    </message>
    <message>
        <source>The journal is empty.</source>
        <translation>جرنل خالی ہے۔</translation>
    </message>
    <message>
        <source>{n} events match these filters</source>
        <translation>ان فلٹرز سے {n} اندراجات ملتے ہیں</translation>
    </message>
    <message>
        <source>{n} events in the journal</source>
        <translation>جرنل میں {n} اندراجات</translation>
    </message>
    <message>
        <source> — {shown} shown; scroll for more</source>
        <translation>‏ — {shown} دکھائے گئے؛ مزید کے لیے اسکرول کریں</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>تفصیل چھپائیں</translation>
    </message>
    <message>
        <source>Checking every link and replaying the journal</source>
        <translation>ہر کڑی کی پڑتال اور جرنل دوبارہ چلایا جا رہا ہے</translation>
    </message>
    <message>
        <source>✓ Chain intact: {n} events checked, every link holds and the holdings match the journal. Head {head}.</source>
        <translation>✓ سلسلہ درست: {n} اندراجات کی پڑتال ہوئی، ہر کڑی قائم ہے اور ہولڈنگز جرنل کے مطابق ہیں۔ سرا {head}۔</translation>
    </message>
    <message>
        <source>✗ The chain is broken: {first}</source>
        <translation>✗ سلسلہ ٹوٹا ہوا ہے: {first}</translation>
    </message>
    <message>
        <source> (and {n} more)</source>
        <translation> (اور مزید {n})</translation>
    </message>
    <message>
        <source>Export the journal as CSV</source>
        <translation>جرنل CSV کی صورت میں برآمد کریں</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>‏CSV فائلیں (*.csv);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Exporting the journal</source>
        <translation>جرنل برآمد ہو رہا ہے</translation>
    </message>
    <message>
        <source>Wrote {n} events to {path}.</source>
        <translation>‏{n} اندراجات {path} میں لکھ دیے گئے۔</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Event</source>
        <extracomment>A date edit at this date means &quot;no limit&quot;. the filter is ready: how many events match. a page arrived: how many rows the model now holds. the filter was refused (a bad date, an unknown holding): why.</extracomment>
        <translation>اندراج</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>کب (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کس نے</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Keys and trust policy</source>
        <translation>کلیدیں اور ٹرسٹ پالیسی</translation>
    </message>
    <message>
        <source>Signing keys are stored only encrypted under their passphrase. A trust policy names the keys, their roles and how many of each must sign; admins sign it.</source>
        <translation>دستخطی کلیدیں صرف اپنے پاس فریز کے تحت خفیہ حالت میں محفوظ ہوتی ہیں۔ ٹرسٹ پالیسی کلیدوں، ان کے کرداروں اور ہر کردار کے لازمی دستخطوں کی تعداد کا تعین کرتی ہے؛ منتظمین اس پر دستخط کرتے ہیں۔</translation>
    </message>
    <message>
        <source>Create a key</source>
        <translation>کلید بنائیں</translation>
    </message>
    <message>
        <source>Export a public key</source>
        <translation>عوامی کلید برآمد کریں</translation>
    </message>
    <message>
        <source>Draft a policy</source>
        <translation>پالیسی کا مسودہ</translation>
    </message>
    <message>
        <source>Sign a policy</source>
        <translation>پالیسی پر دستخط</translation>
    </message>
    <message>
        <source>Inspect a policy</source>
        <translation>پالیسی کا معائنہ</translation>
    </message>
    <message>
        <source>Create a key in a token</source>
        <translation>ٹوکن آلے میں کلید بنائیں</translation>
    </message>
    <message>
        <source>Back up a key</source>
        <translation>کلید کا بیک اپ بنائیں</translation>
    </message>
    <message>
        <source>Restore a key</source>
        <translation>کلید بحال کریں</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>تبدیل کریں</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Who or what signs with it, e.g. &apos;Vault custodian A. Shah&apos;.</source>
        <translation>اس سے کون یا کیا دستخط کرتا ہے، مثلاً &apos;والٹ کسٹوڈین اے۔ شاہ&apos;۔</translation>
    </message>
    <message>
        <source>Ed25519 — attestations (custodian, auditor, admin)</source>
        <translation>‏Ed25519 — تصدیق نامے (کسٹوڈین، آڈیٹر، منتظم)</translation>
    </message>
    <message>
        <source>ECDSA P-256 — signing PDF reports (report-signer)</source>
        <translation>‏ECDSA P-256 — PDF رپورٹوں پر دستخط (رپورٹ دستخط کنندہ)</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <translation>الگورتھم:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>پاس فریز:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>دوبارہ لکھیں:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>کلید فائل:</translation>
    </message>
    <message>
        <source>Where to keep the key file</source>
        <translation>کلید فائل کہاں رکھیں</translation>
    </message>
    <message>
        <source>Key files (*.key)</source>
        <translation>کلید فائلیں (*.key)</translation>
    </message>
    <message>
        <source>Readable only by you (mode 0600). Keep it on this PC or a USB stick.</source>
        <translation>صرف آپ پڑھ سکتے ہیں (اجازت 0600)۔ اسے اسی کمپیوٹر یا USB اسٹک پر رکھیں۔</translation>
    </message>
    <message>
        <source>Create the key</source>
        <translation>کلید بنائیں</translation>
    </message>
    <message>
        <source>Created the key {name} ({algorithm}) in {path}
keyid {keyid}
fingerprint {fingerprint}
words: {words}</source>
        <translation>کلید {name} ({algorithm}) {path} میں بن گئی
کلید شناخت {keyid}
فنگر پرنٹ {fingerprint}
الفاظ: {words}</translation>
    </message>
    <message>
        <source>certificate {path} (self-signed, for PDF reports)</source>
        <translation>سرٹیفکیٹ {path} (خود دستخط شدہ، PDF رپورٹوں کے لیے)</translation>
    </message>
    <message>
        <source>Making the key…</source>
        <translation>کلید بن رہی ہے…</translation>
    </message>
    <message>
        <source>The key file</source>
        <translation>کلید فائل</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>کلید فائلیں (*.key);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Public key file:</source>
        <translation>عوامی کلید فائل:</translation>
    </message>
    <message>
        <source>Where to write the public key</source>
        <translation>عوامی کلید کہاں لکھیں</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>عوامی کلیدیں (*.pub)</translation>
    </message>
    <message>
        <source>Public: give it to whoever drafts the policy.</source>
        <translation>عوامی: اسے پالیسی کا مسودہ بنانے والے کو دیں۔</translation>
    </message>
    <message>
        <source>Export the public key</source>
        <translation>عوامی کلید برآمد کریں</translation>
    </message>
    <message>
        <source>Wrote the public key of {name} to {path}
words: {words}</source>
        <translation>‏{name} کی عوامی کلید {path} میں لکھ دی گئی
الفاظ: {words}</translation>
    </message>
    <message>
        <source>Tijori trust policy</source>
        <translation>‏Tijori ٹرسٹ پالیسی</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>ورژن:</translation>
    </message>
    <message>
        <source>1 for a first policy; a new version replaces the one pinned.</source>
        <translation>پہلی پالیسی کے لیے 1؛ نیا ورژن مقرر شدہ ورژن کی جگہ لیتا ہے۔</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>میعاد ختم:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (midnight UTC).</source>
        <translation>‏YYYY-MM-DD (آدھی رات UTC)۔</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>کب سے مؤثر:</translation>
    </message>
    <message>
        <source>Optional; now when left empty.</source>
        <translation>اختیاری؛ خالی چھوڑنے پر ابھی سے۔</translation>
    </message>
    <message>
        <source>{role} (optional)</source>
        <translation>‏{role} (اختیاری)</translation>
    </message>
    <message>
        <source>Signatures required:</source>
        <translation>درکار دستخط:</translation>
    </message>
    <message>
        <source>Policy file:</source>
        <translation>پالیسی فائل:</translation>
    </message>
    <message>
        <source>Where to write the draft policy</source>
        <translation>پالیسی کا مسودہ کہاں لکھیں</translation>
    </message>
    <message>
        <source>Trust policy (*.json)</source>
        <translation>ٹرسٹ پالیسی (*.json)</translation>
    </message>
    <message>
        <source>Draft the policy</source>
        <translation>پالیسی کا مسودہ بنائیں</translation>
    </message>
    <message>
        <source>add at least one {role} key</source>
        <translation>کم از کم ایک {role} کلید شامل کریں</translation>
    </message>
    <message>
        <source>{role}: {n} signatures required but only {count} key(s)</source>
        <translation>‏{role}: {n} دستخط درکار ہیں لیکن صرف {count} کلیدیں ہیں</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>{problems}.</source>
        <translation>‏{problems}۔</translation>
    </message>
    <message>
        <source>Drafted {name} version {version} in {path}
digest {digest}
It holds {keys} key(s). Admins sign it next (Sign a policy).</source>
        <translation>‏{name} ورژن {version} کا مسودہ {path} میں بن گیا
ڈائجسٹ {digest}
اس میں {keys} کلیدیں ہیں۔ اب منتظمین اس پر دستخط کریں («پالیسی پر دستخط»)۔</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>پالیسی:</translation>
    </message>
    <message>
        <source>The policy to sign</source>
        <translation>جس پالیسی پر دستخط کرنے ہیں</translation>
    </message>
    <message>
        <source>Trust policy (*.json);;All files (*)</source>
        <translation>ٹرسٹ پالیسی (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>منتظم کلید:</translation>
    </message>
    <message>
        <source>Your admin key file</source>
        <translation>آپ کی منتظم کلید فائل</translation>
    </message>
    <message>
        <source>A key file, or a key in a token by its pkcs11: URI.</source>
        <translation>کلید فائل، یا ٹوکن آلے میں کوئی کلید، اس کے pkcs11: URI سے۔</translation>
    </message>
    <message>
        <source>Passphrase or PIN:</source>
        <translation>پاس فریز یا PIN:</translation>
    </message>
    <message>
        <source>Replaces:</source>
        <translation>جس کی جگہ لیتی ہے:</translation>
    </message>
    <message>
        <source>The pinned policy this version replaces</source>
        <translation>وہ مقرر شدہ پالیسی جس کی جگہ یہ ورژن لیتا ہے</translation>
    </message>
    <message>
        <source>Optional: the version this one replaces, whose admins sign too.</source>
        <translation>اختیاری: وہ ورژن جس کی جگہ یہ لیتا ہے، جس کے منتظمین بھی دستخط کرتے ہیں۔</translation>
    </message>
    <message>
        <source>Sign the policy</source>
        <translation>پالیسی پر دستخط کریں</translation>
    </message>
    <message>
        <source>The token&apos;s PIN</source>
        <translation>ٹوکن آلے کا PIN</translation>
    </message>
    <message>
        <source>The key&apos;s passphrase</source>
        <translation>کلید کا پاس فریز</translation>
    </message>
    <message>
        <source>Signed {path}; it now carries {count} signature(s).</source>
        <translation>‏{path} پر دستخط ہو گئے؛ اب اس پر {count} دستخط ہیں۔</translation>
    </message>
    <message>
        <source>Unlocking the key and signing…</source>
        <translation>کلید کھول کر دستخط کیے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>The policy to inspect</source>
        <translation>جس پالیسی کا معائنہ کرنا ہے</translation>
    </message>
    <message>
        <source>Pinned version:</source>
        <translation>مقرر شدہ ورژن:</translation>
    </message>
    <message>
        <source>A trusted earlier version</source>
        <translation>ایک قابلِ اعتماد پچھلا ورژن</translation>
    </message>
    <message>
        <source>Optional: check this policy as the successor of one you trust.</source>
        <translation>اختیاری: اس پالیسی کی پڑتال کسی قابلِ اعتماد پالیسی کے جانشین کے طور پر کریں۔</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>معائنہ کریں</translation>
    </message>
    <message>
        <source>Role / key</source>
        <translation>کردار / کلید</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>درکار</translation>
    </message>
    <message>
        <source>Keyid</source>
        <translation>کلید شناخت</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الفاظ</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>کب سے مؤثر</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>کب تک مؤثر</translation>
    </message>
    <message>
        <source>{name} — version {version}, expires {expires}
digest {digest}</source>
        <translation>‏{name} — ورژن {version}، میعاد ختم {expires}
ڈائجسٹ {digest}</translation>
    </message>
    <message>
        <source>{n} of {count}</source>
        <translation>‏{count} میں سے {n}</translation>
    </message>
    <message>
        <source>This policy cannot be read.</source>
        <translation>یہ پالیسی پڑھی نہیں جا سکتی۔</translation>
    </message>
</context>
<context>
    <name>LotReceiptDialog</name>
    <message>
        <source>Lot receipt</source>
        <translation>لاٹ کی وصولی</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>سائٹ:</translation>
    </message>
    <message>
        <source>Metal:</source>
        <translation>دھات:</translation>
    </message>
    <message>
        <source>Warrant:</source>
        <translation>وارنٹ:</translation>
    </message>
    <message>
        <source>warrant number</source>
        <translation>وارنٹ نمبر</translation>
    </message>
    <message>
        <source>Brand:</source>
        <translation>برانڈ:</translation>
    </message>
    <message>
        <source>e.g. KGHM</source>
        <translation>مثلاً KGHM</translation>
    </message>
    <message>
        <source>Shape:</source>
        <translation>شکل:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>گریڈ:</translation>
    </message>
    <message>
        <source>e.g. Cu-CATH-1</source>
        <translation>مثلاً Cu-CATH-1</translation>
    </message>
    <message>
        <source>Bundles:</source>
        <translation>بنڈل:</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>پورا عدد</translation>
    </message>
    <message>
        <source>Gross weight (t):</source>
        <translation>مجموعی وزن (t):</translation>
    </message>
    <message>
        <source>e.g. 25.300</source>
        <translation>مثلاً 25.300</translation>
    </message>
    <message>
        <source>Net weight (t):</source>
        <translation>صافی وزن (t):</translation>
    </message>
    <message>
        <source>e.g. 25.100</source>
        <translation>مثلاً 25.100</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>مقام:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>Lot check (LME-style warrant)</source>
        <translation>لاٹ کی پڑتال (LME طرز کا وارنٹ)</translation>
    </message>
    <message>
        <source>Record receipt</source>
        <translation>وصولی درج کریں</translation>
    </message>
    <message>
        <source>Lot size {size} t, net weight within ±2 %</source>
        <translation>لاٹ کا سائز {size} t، صافی وزن ±2 % کے اندر</translation>
    </message>
    <message>
        <source>✔ {net} t is within tolerance</source>
        <translation>‏✔ {net} t حدِ برداشت کے اندر ہے</translation>
    </message>
    <message>
        <source>✘ {net} t is outside {low}–{high} t: it will be flagged</source>
        <translation>‏✘ {net} t حد {low}–{high} t سے باہر ہے: اس پر نشان لگ جائے گا</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tijori — {ledger} — signed in as {role}</source>
        <translation>تجوری — {ledger} — بطور {role} داخل</translation>
    </message>
    <message>
        <source>Tijori — {ledger} — operator {actor}</source>
        <translation>‏Tijori — {ledger} — آپریٹر {actor}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ڈیش بورڈ</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>ہولڈنگز</translation>
    </message>
    <message>
        <source>Import bar list</source>
        <translation>بار لسٹ درآمد</translation>
    </message>
    <message>
        <source>Attest</source>
        <translation>تصدیق نامہ</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>رپورٹیں</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <source>Keys and policy</source>
        <translation>کلیدیں اور پالیسی</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>تیار۔</translation>
    </message>
    <message>
        <source>{url} — signed in as {role}</source>
        <translation>‏{url} — بطور {role} داخل</translation>
    </message>
    <message>
        <source>A ledger on a PostgreSQL server, shared by its terminals: {url}</source>
        <translation>‏PostgreSQL سرور پر ایک لیجر، جسے اس کے ٹرمینل مل کر استعمال کرتے ہیں: {url}</translation>
    </message>
    <message>
        <source>Recorded: {what}</source>
        <translation>درج ہو گیا: {what}</translation>
    </message>
    <message>
        <source>&amp;Ledger</source>
        <translation>لیجر</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>بیک اپ…</translation>
    </message>
    <message>
        <source>Write an encrypted copy of this ledger and check it</source>
        <translation>اس لیجر کی خفیہ کردہ نقل لکھیں اور اس کی پڑتال کریں</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>پاس فریز بدلیں…</translation>
    </message>
    <message>
        <source>Re-encrypt this ledger under a new passphrase</source>
        <translation>اس لیجر کو نئے پاس فریز کے تحت دوبارہ خفیہ کریں</translation>
    </message>
    <message>
        <source>&amp;Journal…</source>
        <translation>جرنل…</translation>
    </message>
    <message>
        <source>Every event recorded, in words; the chain check; CSV</source>
        <translation>ہر درج شدہ اندراج، الفاظ میں؛ سلسلے کی پڑتال؛ CSV</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>ترتیبات…</translation>
    </message>
    <message>
        <source>&amp;Close ledger</source>
        <translation>لیجر بند کریں</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>اندراج</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>جائیں</translation>
    </message>
    <message>
        <source>&amp;Compare attestations…</source>
        <translation>تصدیق ناموں کا موازنہ…</translation>
    </message>
    <message>
        <source>What changed between two attestations, and whether the later is consistent with the earlier</source>
        <translation>دو تصدیق ناموں کے درمیان کیا بدلا، اور آیا بعد والا پہلے والے سے ہم آہنگ ہے</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>رہنما</translation>
    </message>
    <message>
        <source>The user guide, at the page you are on (works offline)</source>
        <translation>صارف رہنما، اسی صفحے پر جہاں آپ ہیں (آف لائن کام کرتا ہے)</translation>
    </message>
    <message>
        <source>About Tijori</source>
        <translation>‏Tijori کے بارے میں</translation>
    </message>
    <message>
        <source>Tijori {version}
Custody of commodity reserves that back tokens.
No part of Tijori uses a network.</source>
        <translation>‏Tijori {version}
ٹوکنوں کی پشت پناہی کرنے والے اجناس کے ذخائر کی تحویل۔
Tijori کا کوئی حصہ نیٹ ورک استعمال نہیں کرتا۔</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>کام جاری ہے</translation>
    </message>
    <message>
        <source>Tijori is still working on this ledger. Stop and close? Work that has not finished is not stored.</source>
        <translation>‏Tijori ابھی اس لیجر پر کام کر رہا ہے۔ روک کر بند کریں؟ جو کام مکمل نہیں ہوا وہ محفوظ نہیں ہوتا۔</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>gross_oz is empty</source>
        <translation>‏gross_oz خالی ہے</translation>
    </message>
    <message>
        <source>{what} {given} is not {chosen}, the {what} chosen for the whole list (choose none to take each bar&apos;s {what} from the file)</source>
        <translation>‏{what} {given} پوری لسٹ کے لیے منتخب کردہ {what} ({chosen}) نہیں ہے (ہر بار کا {what} فائل سے لینے کے لیے کوئی انتخاب نہ کریں)</translation>
    </message>
    <message>
        <source>{what} is empty and no {what} was chosen for the whole list</source>
        <translation>‏{what} خالی ہے اور پوری لسٹ کے لیے کوئی {what} منتخب نہیں کیا گیا</translation>
    </message>
    <message>
        <source>metal {text!r} is not {choices}</source>
        <translation>دھات {text!r} درست نہیں؛ {choices} ہونی چاہیے</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>فائل خالی ہے</translation>
    </message>
    <message>
        <source>the file lists no bars</source>
        <translation>فائل میں کوئی بار درج نہیں</translation>
    </message>
    <message>
        <source>gross_oz {gross_oz} disagrees with gross_kg {gross_kg} (= {gross_oz2} ozt)</source>
        <translation>‏gross_oz {gross_oz} اور gross_kg {gross_kg} (= {gross_oz2} ozt) آپس میں مطابقت نہیں رکھتے</translation>
    </message>
    <message>
        <source>has {count} fields, the header has {width}</source>
        <translation>اس میں {count} خانے ہیں، جبکہ ہیڈر میں {width} ہیں</translation>
    </message>
    <message>
        <source>not valid CSV: {exc}</source>
        <translation>درست CSV نہیں: {exc}</translation>
    </message>
    <message>
        <source>unit {unit!r} is not one of: {VOLUME_UNITS}</source>
        <translation>اکائی {unit!r} ان میں سے نہیں: {VOLUME_UNITS}</translation>
    </message>
    <message>
        <source>combustion_reference {value!r} is not one of: {COMBUSTION_REFERENCES}</source>
        <translation>‏combustion_reference {value!r} ان میں سے نہیں: {COMBUSTION_REFERENCES}</translation>
    </message>
    <message>
        <source>{field} {number} is outside the plausible range {low}-{high} {unit}</source>
        <translation>‏{field} {number} معقول حد {low}-{high} {unit} سے باہر ہے</translation>
    </message>
    <message>
        <source>{field} {number} must not be negative</source>
        <translation>‏{field} {number} منفی نہیں ہونا چاہیے</translation>
    </message>
    <message>
        <source>{field} {number} is above the plausible limit of {high:f} {unit}</source>
        <translation>‏{field} {number} معقول حد {high:f} {unit} سے زیادہ ہے</translation>
    </message>
    <message>
        <source>{field} {amount} must not be negative</source>
        <translation>‏{field} {amount} منفی نہیں ہونا چاہیے</translation>
    </message>
    <message>
        <source>{field} {amount} {unit} is above the plausible limit of {MAX_SM3:f} Sm3</source>
        <translation>‏{field} {amount} {unit} معقول حد {MAX_SM3:f} Sm3 سے زیادہ ہے</translation>
    </message>
    <message>
        <source>displaced_vapour_gj {displaced} is more than the LNG&apos;s energy of {q3} GJ</source>
        <translation>‏displaced_vapour_gj {displaced}، LNG کی توانائی {q3} GJ سے زیادہ ہے</translation>
    </message>
    <message>
        <source>mmbtu_basis {mmbtu_basis!r} is not one of: {MMBTU_BASES}</source>
        <translation>‏mmbtu_basis {mmbtu_basis!r} ان میں سے نہیں: {MMBTU_BASES}</translation>
    </message>
    <message>
        <source>bar {brand} {serial} ({year}) is {where}</source>
        <translation>بار {brand} {serial} ({year}) {where} ہے</translation>
    </message>
    <message>
        <source>metal {value!r} is not one of: gold, silver</source>
        <translation>دھات {value!r} ان میں سے نہیں: gold, silver</translation>
    </message>
    <message>
        <source>metal {value!r} is not one of: {BASE_METALS}</source>
        <translation>دھات {value!r} ان میں سے نہیں: {BASE_METALS}</translation>
    </message>
    <message>
        <source>shape {value!r} is not one of: {SHAPES}</source>
        <translation>شکل {value!r} ان میں سے نہیں: {SHAPES}</translation>
    </message>
    <message>
        <source>gross_kg {weight} must be greater than 0</source>
        <translation>‏gross_kg {weight} کو 0 سے زیادہ ہونا چاہیے</translation>
    </message>
    <message>
        <source>gross_kg {weight} is above {MAX_GROSS_KG} kg ({MAX_GROSS_OZ} ozt), more than any single bar weighs</source>
        <translation>‏gross_kg {weight}، {MAX_GROSS_KG} kg ({MAX_GROSS_OZ} ozt) سے زیادہ ہے، جو کسی بھی ایک بار کے وزن سے زیادہ ہے</translation>
    </message>
    <message>
        <source>gross_rounding &apos;beam&apos; applies to gold only; silver is rounded down to 0.1 ozt</source>
        <translation>‏gross_rounding &apos;beam&apos; صرف سونے پر لاگو ہوتا ہے؛ چاندی 0.1 ozt تک نیچے کی طرف گول کی جاتی ہے</translation>
    </message>
    <message>
        <source>give exactly one of gross_oz and gross_kg; neither was given</source>
        <translation>‏gross_oz اور gross_kg میں سے ٹھیک ایک دیں؛ کوئی بھی نہیں دیا گیا</translation>
    </message>
    <message>
        <source>give exactly one of gross_oz and gross_kg, not both</source>
        <translation>‏gross_oz اور gross_kg میں سے ٹھیک ایک دیں، دونوں نہیں</translation>
    </message>
    <message>
        <source>{field} {raw} rounds down to 0 ozt; a {kind} bar must weigh at least {step} ozt</source>
        <translation>‏{field} {raw} نیچے کی طرف گول ہو کر 0 ozt رہ جاتا ہے؛ {kind} بار کا وزن کم از کم {step} ozt ہونا چاہیے</translation>
    </message>
    <message>
        <source>fineness {fine_ness} must be greater than 0 parts per thousand</source>
        <translation>خالصیت {fine_ness} کو 0 فی ہزار حصوں سے زیادہ ہونا چاہیے</translation>
    </message>
    <message>
        <source>fineness {fine_ness} is above 1000 parts per thousand</source>
        <translation>خالصیت {fine_ness}، 1000 فی ہزار حصوں سے زیادہ ہے</translation>
    </message>
    <message>
        <source>fine_oz {stated} disagrees with gross × fineness / 1000 = {fine_oz}</source>
        <translation>‏fine_oz {stated}، مجموعی وزن × خالصیت / 1000 = {fine_oz} سے مطابقت نہیں رکھتا</translation>
    </message>
    <message>
        <source>year {year} is before {MIN_YEAR}</source>
        <translation>سال {year}، {MIN_YEAR} سے پہلے کا ہے</translation>
    </message>
    <message>
        <source>year {year} is after {MAX_YEAR}</source>
        <translation>سال {year}، {MAX_YEAR} کے بعد کا ہے</translation>
    </message>
    <message>
        <source>bundles must be a whole number, not {value!r}</source>
        <translation>بنڈلوں کی تعداد پورا عدد ہونی چاہیے، {value!r} نہیں</translation>
    </message>
    <message>
        <source>bundles {count} must be at least 1</source>
        <translation>بنڈلوں کی تعداد {count} کم از کم 1 ہونی چاہیے</translation>
    </message>
    <message>
        <source>bundles {count} is above {MAX_BUNDLES} for one lot</source>
        <translation>بنڈلوں کی تعداد {count} ایک لاٹ کے لیے {MAX_BUNDLES} سے زیادہ ہے</translation>
    </message>
    <message>
        <source>{field} {tonnes} must be greater than 0 t</source>
        <translation>‏{field} {tonnes} کو 0 t سے زیادہ ہونا چاہیے</translation>
    </message>
    <message>
        <source>{field} {tonnes} is above {MAX_LOT_T} t for one lot</source>
        <translation>‏{field} {tonnes} ایک لاٹ کے لیے {MAX_LOT_T} t سے زیادہ ہے</translation>
    </message>
    <message>
        <source>gross_t {gross} is less than net_t {net}</source>
        <translation>‏gross_t {gross}، net_t {net} سے کم ہے</translation>
    </message>
    <message>
        <source>fine_rounding {fine_rounding!r} is not one of: nearest, down</source>
        <translation>‏fine_rounding {fine_rounding!r} ان میں سے نہیں: nearest, down</translation>
    </message>
    <message>
        <source>gross_rounding {gross_rounding!r} is not one of: down, beam</source>
        <translation>‏gross_rounding {gross_rounding!r} ان میں سے نہیں: down, beam</translation>
    </message>
    <message>
        <source>gross_oz {weight} must be greater than 0</source>
        <translation>‏gross_oz {weight} کو 0 سے زیادہ ہونا چاہیے</translation>
    </message>
    <message>
        <source>gross_oz {weight} is above {MAX_GROSS_OZ} ozt, more than any single bar weighs</source>
        <translation>‏gross_oz {weight}، {MAX_GROSS_OZ} ozt سے زیادہ ہے، جو کسی بھی ایک بار کے وزن سے زیادہ ہے</translation>
    </message>
    <message>
        <source>fineness {fine_ness} has more than 1 decimal place</source>
        <translation>خالصیت {fine_ness} میں 1 سے زیادہ اعشاری مقام ہیں</translation>
    </message>
    <message>
        <source>year {raw!r} is not a whole number of four digits</source>
        <translation>سال {raw!r} چار ہندسوں کا پورا عدد نہیں</translation>
    </message>
    <message>
        <source>year {value!r} is not a whole number</source>
        <translation>سال {value!r} پورا عدد نہیں</translation>
    </message>
    <message>
        <source>year {year} is in the future, after next year ({value})</source>
        <translation>سال {year} مستقبل میں ہے، اگلے سال ({value}) کے بعد</translation>
    </message>
    <message>
        <source>bundles {value!r} is not a whole number</source>
        <translation>بنڈلوں کی تعداد {value!r} پورا عدد نہیں</translation>
    </message>
    <message>
        <source>built from words that go with it, such as the file name, the key&apos;s name or your own name</source>
        <translation>اس سے جڑے الفاظ سے بنا ہے، جیسے فائل کا نام، کلید کا نام یا آپ کا اپنا نام</translation>
    </message>
    <message>
        <source>too few words, or too common ones</source>
        <translation>الفاظ بہت کم ہیں، یا بہت عام ہیں</translation>
    </message>
    <message>
        <source>made of words or patterns that guessing programs try early</source>
        <translation>ایسے الفاظ یا نمونوں سے بنا ہے جنہیں اندازہ لگانے والے پروگرام شروع ہی میں آزماتے ہیں</translation>
    </message>
    <message>
        <source>one of the ten most common passwords</source>
        <translation>سب سے عام دس پاس ورڈز میں سے ایک</translation>
    </message>
    <message>
        <source>one of the hundred most common passwords</source>
        <translation>سب سے عام سو پاس ورڈز میں سے ایک</translation>
    </message>
    <message>
        <source>a very common password</source>
        <translation>ایک بہت عام پاس ورڈ</translation>
    </message>
    <message>
        <source>close to a commonly used password</source>
        <translation>ایک عام استعمال ہونے والے پاس ورڈ سے ملتا جلتا</translation>
    </message>
    <message>
        <source>a single dictionary word</source>
        <translation>لغت کا صرف ایک لفظ</translation>
    </message>
    <message>
        <source>a name by itself</source>
        <translation>صرف ایک نام</translation>
    </message>
    <message>
        <source>built on common names</source>
        <translation>عام ناموں پر مبنی</translation>
    </message>
    <message>
        <source>a straight row of keys</source>
        <translation>کی بورڈ کے بٹنوں کی سیدھی قطار</translation>
    </message>
    <message>
        <source>a keyboard pattern</source>
        <translation>کی بورڈ کا کوئی نمونہ</translation>
    </message>
    <message>
        <source>a repeated character</source>
        <translation>ایک ہی حرف کی تکرار</translation>
    </message>
    <message>
        <source>a repeated group of characters</source>
        <translation>حروف کے ایک ہی گروہ کی تکرار</translation>
    </message>
    <message>
        <source>a sequence such as abc or 6543</source>
        <translation>ترتیب وار سلسلہ، جیسے abc یا 6543</translation>
    </message>
    <message>
        <source>built on a recent year</source>
        <translation>کسی حالیہ سال پر مبنی</translation>
    </message>
    <message>
        <source>built on a date</source>
        <translation>کسی تاریخ پر مبنی</translation>
    </message>
    <message>
        <source>capital letters</source>
        <translation>بڑے (کیپیٹل) حروف</translation>
    </message>
    <message>
        <source>words spelt backwards</source>
        <translation>الٹے ہجے والے الفاظ</translation>
    </message>
    <message>
        <source>look-alike swaps such as @ for a</source>
        <translation>ملتے جلتے نشانوں کی ادلا بدلی، جیسے a کی جگہ @</translation>
    </message>
    <message>
        <source>is too easy to guess ({why}): use three or four uncommon words; {hints} hardly help</source>
        <translation>کا اندازہ لگانا بہت آسان ہے ({why}): تین یا چار غیر عام الفاظ استعمال کریں؛ {hints} سے کچھ خاص فائدہ نہیں ہوتا</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>‏{items} اور {last}</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>سطر {line}: {reason}</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {reason}</source>
        <translation>سطر {line}، کالم {column}: {reason}</translation>
    </message>
    <message>
        <source>… and {more} more</source>
        <translation>… اور {more} مزید</translation>
    </message>
    <message>
        <source>{source}: rejected, nothing was imported: 1 bad row.
  {rows}</source>
        <translation>‏{source}: مسترد، کچھ بھی درآمد نہیں ہوا: ایک خراب قطار۔
  {rows}</translation>
    </message>
    <message>
        <source>{source}: rejected, nothing was imported: {count} bad rows.
  {rows}</source>
        <translation>‏{source}: مسترد، کچھ بھی درآمد نہیں ہوا: {count} خراب قطاریں۔
  {rows}</translation>
    </message>
    <message>
        <source>already listed on line {line}</source>
        <translation>سطر {line} پر پہلے سے درج</translation>
    </message>
    <message>
        <source>the passphrase must be text</source>
        <translation>پاس فریز متن ہونا چاہیے</translation>
    </message>
    <message>
        <source>is empty: use three or four uncommon words</source>
        <translation>خالی ہے: تین یا چار غیر عام الفاظ استعمال کریں</translation>
    </message>
    <message>
        <source>contains a NUL character, which cannot be used: leave it out</source>
        <translation>میں NUL حرف ہے، جو استعمال نہیں ہو سکتا: اسے نکال دیں</translation>
    </message>
    <message>
        <source>The passphrase {problem}.</source>
        <translation>پاس فریز {problem}۔</translation>
    </message>
    <message>
        <source>is too easy to guess ({why}): use three or four uncommon words</source>
        <translation>کا اندازہ لگانا بہت آسان ہے ({why}): تین یا چار غیر عام الفاظ استعمال کریں</translation>
    </message>
    <message>
        <source>the passphrase is not valid UTF-8 text</source>
        <translation>پاس فریز درست UTF-8 متن نہیں</translation>
    </message>
    <message>
        <source>the {what} {problem}</source>
        <translation>یہ {what} {problem}</translation>
    </message>
    <message>
        <source>is too short (1 character): use at least {least} characters, better three or four uncommon words</source>
        <translation>بہت چھوٹا ہے (1 حرف): کم از کم {least} حروف استعمال کریں، بلکہ بہتر ہے تین یا چار غیر عام الفاظ</translation>
    </message>
    <message>
        <source>is too short ({count} characters): use at least {least} characters, better three or four uncommon words</source>
        <translation>بہت چھوٹا ہے ({count} حروف): کم از کم {least} حروف استعمال کریں، بلکہ بہتر ہے تین یا چار غیر عام الفاظ</translation>
    </message>
    <message>
        <source>{shown} is outside {where}</source>
        <translation>‏{shown}، {where} سے باہر ہے</translation>
    </message>
    <message>
        <source>vcf must be the result of a volume correction</source>
        <translation>‏vcf کسی حجمی تصحیح کا نتیجہ ہونا چاہیے</translation>
    </message>
    <message>
        <source>give exactly one of {names} (got {count})</source>
        <translation>‏{names} میں سے ٹھیک ایک دیں ({count} دیے گئے)</translation>
    </message>
    <message>
        <source>temp_f {value} is outside API MPMS 11.1 limits ({TEMP_F_MIN} to {TEMP_F_MAX} °F)</source>
        <translation>‏temp_f {value}، API MPMS 11.1 کی حدود ({TEMP_F_MIN} سے {TEMP_F_MAX} °F) سے باہر ہے</translation>
    </message>
    <message>
        <source>psig {psig} is below a perfect vacuum ({PSIG_VACUUM} psig)</source>
        <translation>‏psig {psig} مکمل خلا ({PSIG_VACUUM} psig) سے کم ہے</translation>
    </message>
    <message>
        <source>psig {psig} is outside API MPMS 11.1 limits (0 to {PSIG_MAX} psig)</source>
        <translation>‏psig {psig}، API MPMS 11.1 کی حدود (0 سے {PSIG_MAX} psig) سے باہر ہے</translation>
    </message>
    <message>
        <source>alpha_per_f {alpha} is not a tank-steel expansion coefficient (0 to 0.0001 /°F)</source>
        <translation>‏alpha_per_f {alpha} ٹینک کے فولاد کا ضریبِ پھیلاؤ نہیں (0 سے 0.0001 /°F)</translation>
    </message>
    <message>
        <source>{name} {value} is outside the tank temperature limits ({TEMP_F_MIN} to {TEMP_F_MAX} °F)</source>
        <translation>‏{name} {value} ٹینک کے درجۂ حرارت کی حدود ({TEMP_F_MIN} سے {TEMP_F_MAX} °F) سے باہر ہے</translation>
    </message>
    <message>
        <source>unit {unit!r} is not a tank volume unit (use {M3} or {BBL})</source>
        <translation>اکائی {unit!r} ٹینک کے حجم کی اکائی نہیں ({M3} یا {BBL} استعمال کریں)</translation>
    </message>
    <message>
        <source>tov {tov_v} is negative</source>
        <translation>‏tov {tov_v} منفی ہے</translation>
    </message>
    <message>
        <source>free_water {fw_v} is negative</source>
        <translation>‏free_water {fw_v} منفی ہے</translation>
    </message>
    <message>
        <source>free_water {fw_v} is more than tov {tov_v}</source>
        <translation>‏free_water {fw_v}، tov {tov_v} سے زیادہ ہے</translation>
    </message>
    <message>
        <source>sw_percent {sw_v} is outside 0 to 100 %</source>
        <translation>‏sw_percent {sw_v} حد 0 سے 100 % سے باہر ہے</translation>
    </message>
    <message>
        <source>ctsh {ctsh_v} is outside 0.9 to 1.1</source>
        <translation>‏ctsh {ctsh_v} حد 0.9 سے 1.1 سے باہر ہے</translation>
    </message>
    <message>
        <source>commodity {group!r} is not an API MPMS 11.1 group (use one of {names})</source>
        <translation>جنس {group!r}، API MPMS 11.1 کا گروپ نہیں ({names} میں سے کوئی ایک استعمال کریں)</translation>
    </message>
    <message>
        <source>temp_c {value} is outside API MPMS 11.1 limits ({TEMP_C_MIN} to {TEMP_C_MAX} °C)</source>
        <translation>‏temp_c {value}، API MPMS 11.1 کی حدود ({TEMP_C_MIN} سے {TEMP_C_MAX} °C) سے باہر ہے</translation>
    </message>
    <message>
        <source>density15 {rho15_given} is outside {RHO15_MIN} to {RHO15_MAX} kg/m³</source>
        <translation>‏density15 {rho15_given} حد {RHO15_MIN} سے {RHO15_MAX} kg/m³ سے باہر ہے</translation>
    </message>
    <message>
        <source>fra {fra_v} leaves a negative gross observed volume ({gov} {unit})</source>
        <translation>‏fra {fra_v} کے بعد مجموعی مشاہدہ شدہ حجم منفی رہ جاتا ہے ({gov} {unit})</translation>
    </message>
    <message>
        <source>vcf group {group!r} is not a band of API MPMS 11.1</source>
        <translation>‏vcf گروپ {group!r}، API MPMS 11.1 کا کوئی بینڈ نہیں</translation>
    </message>
    <message>
        <source>Cancelled: {what} was stopped and nothing was stored.</source>
        <translation>منسوخ: {what} کو روک دیا گیا اور کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>kind {value!r} is not one of: {KINDS}</source>
        <translation>قسم {value!r} ان میں سے نہیں: {KINDS}</translation>
    </message>
    <message>
        <source>code {code!r} may contain only letters A-Z, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>کوڈ {code!r} میں صرف حروف A-Z، ہندسے، &apos;-&apos; اور &apos;_&apos; ہو سکتے ہیں</translation>
    </message>
    <message>
        <source>a calibration table is CSV text</source>
        <translation>کیلیبریشن ٹیبل CSV متن ہوتا ہے</translation>
    </message>
    <message>
        <source>line {line}: the header must be {allowed}, not {found!r}</source>
        <translation>سطر {line}: ہیڈر {allowed} ہونا چاہیے، {found!r} نہیں</translation>
    </message>
    <message>
        <source>a calibration table needs at least two rows (level 0 and the top of the tank)</source>
        <translation>کیلیبریشن ٹیبل میں کم از کم دو قطاریں ہونی چاہییں (سطح 0 اور ٹینک کا اوپری سرا)</translation>
    </message>
    <message>
        <source>the calibration table is empty</source>
        <translation>کیلیبریشن ٹیبل خالی ہے</translation>
    </message>
    <message>
        <source>not a {FORMAT} version {FORMAT_VERSION}</source>
        <translation>یہ {FORMAT} ورژن {FORMAT_VERSION} نہیں</translation>
    </message>
    <message>
        <source>a {FORMAT} needs a unit (m3 or bbl) and rows</source>
        <translation>ہر {FORMAT} میں اکائی (m3 یا bbl) اور قطاریں ہونی چاہییں</translation>
    </message>
    <message>
        <source>{where} is empty</source>
        <translation>‏{where} خالی ہے</translation>
    </message>
    <message>
        <source>{where}: {raw!r} is not a finite number</source>
        <translation>‏{where}: {raw!r} محدود عدد نہیں</translation>
    </message>
    <message>
        <source>the critical zone {zone} goes above the table, which ends at {decimal_string} mm</source>
        <translation>نازک زون {zone} ٹیبل سے اوپر جاتا ہے، جو {decimal_string} mm پر ختم ہوتا ہے</translation>
    </message>
    <message>
        <source>reference height {decimal_string} mm is not between 0 and {decimal_string2} mm</source>
        <translation>حوالہ اونچائی {decimal_string} mm، 0 اور {decimal_string2} mm کے درمیان نہیں</translation>
    </message>
    <message>
        <source>critical zone {decimal_string}–{decimal_string2} mm must run from a level of at least 0 up to a higher one</source>
        <translation>نازک زون {decimal_string}–{decimal_string2} mm کو کم از کم 0 کی سطح سے کسی اونچی سطح تک جانا چاہیے</translation>
    </message>
    <message>
        <source>level {shown} mm is below the datum plate (0 mm)</source>
        <translation>سطح {shown} mm ڈیٹم پلیٹ (0 mm) سے نیچے ہے</translation>
    </message>
    <message>
        <source>level {shown} mm is above the calibration table, which ends at {decimal_string} mm</source>
        <translation>سطح {shown} mm کیلیبریشن ٹیبل سے اوپر ہے، جو {decimal_string} mm پر ختم ہوتا ہے</translation>
    </message>
    <message>
        <source>level {shown} mm is in the critical zone ({zone}), where the floating roof rests on its legs or floats partly and the table is unreliable; gauge outside it, or allow the critical zone</source>
        <translation>سطح {shown} mm نازک زون ({zone}) میں ہے، جہاں تیرتی چھت اپنی ٹانگوں پر ٹکی ہوتی ہے یا جزوی طور پر تیرتی ہے اور ٹیبل قابلِ اعتبار نہیں؛ اس سے باہر پیمائش کریں، یا نازک زون کی اجازت دیں</translation>
    </message>
    <message>
        <source>ullage {decimal_string} mm is negative</source>
        <translation>الیج {decimal_string} mm منفی ہے</translation>
    </message>
    <message>
        <source>an ullage needs the tank&apos;s reference height: give it (in mm), or store a calibration table that states it</source>
        <translation>الیج کے لیے ٹینک کی حوالہ اونچائی درکار ہے: اسے دیں (mm میں)، یا ایسا کیلیبریشن ٹیبل محفوظ کریں جس میں یہ درج ہو</translation>
    </message>
    <message>
        <source>ullage {decimal_string} mm is more than the reference height {decimal_string2} mm</source>
        <translation>الیج {decimal_string} mm حوالہ اونچائی {decimal_string2} mm سے زیادہ ہے</translation>
    </message>
    <message>
        <source>line {line_num}: not valid CSV ({exc})</source>
        <translation>سطر {line_num}: درست CSV نہیں ({exc})</translation>
    </message>
    <message>
        <source>line {line_num}: expected 2 values ({LEVEL_COLUMN}, {volume_column}), found {count}</source>
        <translation>سطر {line_num}: 2 قدریں ({LEVEL_COLUMN}، {volume_column}) متوقع تھیں، {count} ملیں</translation>
    </message>
    <message>
        <source>{where}: {raw!r} is not a number</source>
        <translation>‏{where}: {raw!r} عدد نہیں</translation>
    </message>
    <message>
        <source>{at_level}: the table must start at level 0 (the datum plate), not {decimal_string} mm</source>
        <translation>‏{at_level}: ٹیبل کو سطح 0 (ڈیٹم پلیٹ) سے شروع ہونا چاہیے، {decimal_string} mm سے نہیں</translation>
    </message>
    <message>
        <source>{at_level}: {decimal_string} mm is not above the level of {before} ({decimal_string2} mm); levels must increase strictly</source>
        <translation>‏{at_level}: {decimal_string} mm، {before} کی سطح ({decimal_string2} mm) سے اوپر نہیں؛ ہر سطح پچھلی سے لازماً زیادہ ہونی چاہیے</translation>
    </message>
    <message>
        <source>{at_level}: {decimal_string} mm is more than a tank&apos;s {decimal_string2} mm (levels are in millimetres)</source>
        <translation>‏{at_level}: {decimal_string} mm کسی بھی ٹینک کے {decimal_string2} mm سے زیادہ ہے (سطحیں ملی میٹر میں ہوتی ہیں)</translation>
    </message>
    <message>
        <source>{at_volume}: {decimal_string} is negative</source>
        <translation>‏{at_volume}: {decimal_string} منفی ہے</translation>
    </message>
    <message>
        <source>{at_volume}: {decimal_string} is less than the volume of {before} ({decimal_string2}); volumes must not decrease as the level rises</source>
        <translation>‏{at_volume}: {decimal_string}، {before} کے حجم ({decimal_string2}) سے کم ہے؛ سطح بڑھنے پر حجم کم نہیں ہونا چاہیے</translation>
    </message>
    <message>
        <source>{where}: a calibration table has at most {MAX_ROWS:,} rows</source>
        <translation>‏{where}: کیلیبریشن ٹیبل میں زیادہ سے زیادہ {MAX_ROWS:,} قطاریں ہوتی ہیں</translation>
    </message>
    <message>
        <source>calibration date {text!r} is not a date such as 2026-03-31</source>
        <translation>کیلیبریشن کی تاریخ {text!r}، 2026-03-31 جیسی تاریخ نہیں</translation>
    </message>
    <message>
        <source>critical zone {value!r} is not LOW-HIGH in mm, e.g. 300-1800</source>
        <translation>نازک زون {value!r} کم-زیادہ کی صورت میں mm میں نہیں، مثلاً 300-1800</translation>
    </message>
    <message>
        <source>row {number}: expected [level, volume]</source>
        <translation>قطار {number}: [level, volume] متوقع تھا</translation>
    </message>
    <message>
        <source>{field} is empty</source>
        <translation>‏{field} خالی ہے</translation>
    </message>
    <message>
        <source>{field} is {count} characters long; at most {max_chars} are allowed</source>
        <translation>‏{field} کی لمبائی {count} حروف ہے؛ زیادہ سے زیادہ {max_chars} کی اجازت ہے</translation>
    </message>
    <message>
        <source>{field} contains the control character U+{ord:04X}</source>
        <translation>‏{field} میں کنٹرول حرف U+{ord:04X} ہے</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>ایک منٹ سے کم</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>مستقبل میں</translation>
    </message>
    <message>
        <source>{where} is not an RFC 3339 time</source>
        <translation>‏{where} RFC 3339 وقت نہیں</translation>
    </message>
    <message>
        <source>{where} {text!r} has no time zone</source>
        <translation>‏{where} {text!r} میں ٹائم زون نہیں</translation>
    </message>
    <message>
        <source>{where} {text!r} is not an age such as 35d, 12h, 90m or 5w</source>
        <translation>‏{where} {text!r} کوئی مدت نہیں، جیسے 35d, 12h, 90m یا 5w</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>ایک دن</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>‏{count} دن</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>ایک گھنٹہ</translation>
    </message>
    <message>
        <source>{count} hours</source>
        <translation>‏{count} گھنٹے</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>ایک منٹ</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>‏{count} منٹ</translation>
    </message>
    <message>
        <source>{where} {text!r} is not an RFC 3339 time</source>
        <translation>‏{where} {text!r} RFC 3339 وقت نہیں</translation>
    </message>
    <message>
        <source>{where} {text!r} is out of range</source>
        <translation>‏{where} {text!r} حد سے باہر ہے</translation>
    </message>
    <message>
        <source>{where} is not a decimal string of the format: {shown}</source>
        <translation>‏{where} اس صورت کا اعشاری متن نہیں: {shown}</translation>
    </message>
    <message>
        <source>{field}: binary floats are not accepted; give a decimal string</source>
        <translation>‏{field}: بائنری فلوٹ قبول نہیں؛ اعشاری عدد متن کی صورت میں دیں</translation>
    </message>
    <message>
        <source>{field} is not a finite number: {text!r}</source>
        <translation>‏{field} محدود عدد نہیں: {text!r}</translation>
    </message>
    <message>
        <source>{field} {value} has more than {places} decimal places</source>
        <translation>‏{field} {value} میں {places} سے زیادہ اعشاری مقامات ہیں</translation>
    </message>
    <message>
        <source>{field} is not a number: {raw!r}</source>
        <translation>‏{field} عدد نہیں: {raw!r}</translation>
    </message>
    <message>
        <source>{out} already exists; refusing to overwrite it.</source>
        <translation>‏{out} پہلے سے موجود ہے؛ اس کے اوپر نہیں لکھا جائے گا۔</translation>
    </message>
    <message>
        <source>Cannot write {out}: folder {parent} does not exist.</source>
        <translation>‏{out} نہیں لکھی جا سکی: فولڈر {parent} موجود نہیں۔</translation>
    </message>
    <message>
        <source>{to} already exists; restore to a new path (Tijori never overwrites a ledger with a backup).</source>
        <translation>‏{to} پہلے سے موجود ہے؛ کسی نئے راستے پر بحال کریں (Tijori کبھی کسی لیجر کے اوپر بیک اپ نہیں لکھتا)۔</translation>
    </message>
    <message>
        <source>Cannot restore to {to}: folder {parent} does not exist.</source>
        <translation>‏{to} پر بحال نہیں ہو سکا: فولڈر {parent} موجود نہیں۔</translation>
    </message>
    <message>
        <source>The copy written to {path} is damaged: {problems}.</source>
        <translation>جو کاپی {path} پر لکھی گئی وہ خراب ہے: {problems}۔</translation>
    </message>
    <message>
        <source>The copy written to {path} does not end at event {head}.</source>
        <translation>جو کاپی {path} پر لکھی گئی وہ اندراج {head} پر ختم نہیں ہوتی۔</translation>
    </message>
    <message>
        <source>The backup&apos;s journal does not verify: {problems}; no backup was written.</source>
        <translation>بیک اپ کا جرنل جانچ میں درست نہیں نکلا: {problems}؛ کوئی بیک اپ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>The backup {source} does not verify: {problems}; nothing was restored.</source>
        <translation>بیک اپ {source} جانچ میں درست نہیں نکلا: {problems}؛ کچھ بحال نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Cannot read {path}: {strerror}.</source>
        <translation>‏{path} پڑھی نہیں جا سکی: {strerror}۔</translation>
    </message>
    <message>
        <source>Cancelled: {what} was stopped and nothing was changed.</source>
        <translation>منسوخ: {what} کو روک دیا گیا اور کچھ تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <source>{target} already exists; refusing to overwrite it.</source>
        <translation>‏{target} پہلے سے موجود ہے؛ اس کے اوپر نہیں لکھا جائے گا۔</translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation>پاس فریز خالی ہے</translation>
    </message>
    <message>
        <source>the passphrase contains a NUL character</source>
        <translation>پاس فریز میں NUL حرف ہے</translation>
    </message>
    <message>
        <source>Cannot unlock {path}: the passphrase is wrong, or the file is not a Tijori ledger.</source>
        <translation>‏{path} کھولی نہیں جا سکی: پاس فریز غلط ہے، یا فائل Tijori لیجر نہیں۔</translation>
    </message>
    <message>
        <source>ledger passphrase</source>
        <translation>لیجر پاس فریز</translation>
    </message>
    <message>
        <source>There is no ledger at {path}; create one with `tijori init`.</source>
        <translation>‏{path} پر کوئی لیجر نہیں؛ `tijori init` سے ایک بنائیں۔</translation>
    </message>
    <message>
        <source>{path} is a folder, not a ledger file.</source>
        <translation>‏{path} فولڈر ہے، لیجر فائل نہیں۔</translation>
    </message>
    <message>
        <source>{path} is empty: it is not a Tijori ledger.</source>
        <translation>‏{path} خالی ہے: یہ Tijori لیجر نہیں۔</translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite database, not a Tijori ledger.</source>
        <translation>‏{path} غیر خفیہ SQLite ڈیٹا بیس ہے، Tijori لیجر نہیں۔</translation>
    </message>
    <message>
        <source>{path} is damaged or not a Tijori ledger: its size ({size} bytes) is not a whole number of pages.</source>
        <translation>‏{path} خراب ہے یا Tijori لیجر نہیں: اس کا سائز ({size} بائٹس) صفحات کی پوری تعداد نہیں۔</translation>
    </message>
    <message>
        <source>{path} already exists; choose another path for the new ledger.</source>
        <translation>‏{path} پہلے سے موجود ہے؛ نئے لیجر کے لیے کوئی اور راستہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Cannot create {path}: folder {parent} does not exist.</source>
        <translation>‏{path} نہیں بنائی جا سکی: فولڈر {parent} موجود نہیں۔</translation>
    </message>
    <message>
        <source>{path} is an encrypted database, but not a Tijori ledger.</source>
        <translation>‏{path} خفیہ کردہ ڈیٹا بیس ہے، لیکن Tijori لیجر نہیں۔</translation>
    </message>
    <message>
        <source>{path} was written by a newer Tijori (schema {version}); this version reads up to schema {SCHEMA_VERSION}.</source>
        <translation>‏{path} کو Tijori کے نئے ورژن (اسکیما {version}) نے لکھا ہے؛ یہ ورژن اسکیما {SCHEMA_VERSION} تک پڑھ سکتا ہے۔</translation>
    </message>
    <message>
        <source>Cannot create {path}: {strerror}.</source>
        <translation>‏{path} نہیں بنائی جا سکی: {strerror}۔</translation>
    </message>
    <message>
        <source>Ledger {path} is damaged or unreadable: {exc}.</source>
        <translation>لیجر {path} خراب ہے یا پڑھا نہیں جا سکتا: {exc}۔</translation>
    </message>
    <message>
        <source>Ledger {path} is busy: another Tijori window or command is using it. Close it and try again.</source>
        <translation>لیجر {path} مصروف ہے: Tijori کی کوئی اور ونڈو یا کمانڈ اسے استعمال کر رہی ہے۔ اسے بند کریں اور دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>event {seq} changes holding {holding}, which is not held</source>
        <translation>اندراج {seq} ہولڈنگ {holding} کو بدلتا ہے، جو تحویل میں نہیں</translation>
    </message>
    <message>
        <source>event {seq}: the import&apos;s columns do not all hold {count} bars</source>
        <translation>اندراج {seq}: درآمد کے سب کالموں میں {count} بار نہیں</translation>
    </message>
    <message>
        <source>event {seq} gives a calibration table to tank {tank} (holding {id}), which is not held</source>
        <translation>اندراج {seq} ٹینک {tank} (ہولڈنگ {id}) کو کیلیبریشن ٹیبل دیتا ہے، جو تحویل میں نہیں</translation>
    </message>
    <message>
        <source>event {seq} records version {version} of the calibration table of tank {tank}, whose last version is {last}</source>
        <translation>اندراج {seq} ٹینک {tank} کے کیلیبریشن ٹیبل کا ورژن {version} درج کرتا ہے، جبکہ اس کا آخری ورژن {last} ہے</translation>
    </message>
    <message>
        <source>event {seq} withdraws holding {id}, which is not held</source>
        <translation>اندراج {seq} ہولڈنگ {id} نکالتا ہے، جو تحویل میں نہیں</translation>
    </message>
    <message>
        <source>event {seq} sets the supply of unknown token {symbol}</source>
        <translation>اندراج {seq} نامعلوم ٹوکن {symbol} کی سپلائی مقرر کرتا ہے</translation>
    </message>
    <message>
        <source>event {seq} has an unknown kind {kind!r}</source>
        <translation>اندراج {seq} کی قسم {kind!r} نامعلوم ہے</translation>
    </message>
    <message>
        <source>event {seq} adjusts {column}, which cannot be adjusted</source>
        <translation>اندراج {seq} میں {column} کی تصحیح ہے، جس کی تصحیح نہیں ہو سکتی</translation>
    </message>
    <message>
        <source>{url} is not a postgresql:// URL</source>
        <translation>‏{url} کوئی postgresql:// URL نہیں</translation>
    </message>
    <message>
        <source>{role!r} is not a role name</source>
        <translation>‏{role!r} کسی کردار کا نام نہیں</translation>
    </message>
    <message>
        <source>the journal&apos;s head (event {seq}) is not its last event ({count})</source>
        <translation>جرنل کا سرا (اندراج {seq}) اس کا آخری اندراج ({count}) نہیں</translation>
    </message>
    <message>
        <source>Cannot reach the ledger server {url}: {error}</source>
        <translation>لیجر کے سرور {url} تک رسائی نہیں ہو سکی: {error}</translation>
    </message>
    <message>
        <source>this database already holds a Tijori ledger</source>
        <translation>اس ڈیٹا بیس میں پہلے سے Tijori کا لیجر موجود ہے</translation>
    </message>
    <message>
        <source>Cannot create the ledger&apos;s schema: {error}</source>
        <translation>لیجر کا اسکیما نہیں بن سکا: {error}</translation>
    </message>
    <message>
        <source>The migration stopped and nothing was kept: {error}</source>
        <translation>منتقلی رک گئی اور کچھ محفوظ نہیں رکھا گیا: {error}</translation>
    </message>
    <message>
        <source>Cannot grant {role} its rights: {error}</source>
        <translation>‏{role} کو اس کے اختیارات نہیں دیے جا سکے: {error}</translation>
    </message>
    <message>
        <source>The ledger server {url} refused the password of {role}.</source>
        <translation>لیجر سرور {url} نے {role} کا پاس ورڈ رد کر دیا۔</translation>
    </message>
    <message>
        <source>The ledger server {url} asks for the password of {role}: keep it in ~/.pgpass or PGPASSWORD, or type it when Tijori asks.</source>
        <translation>لیجر سرور {url} ‏{role} کا پاس ورڈ مانگتا ہے: اسے ⁦~/.pgpass⁩ یا PGPASSWORD میں رکھیں، یا جب تجوری پوچھے تو لکھیں۔</translation>
    </message>
    <message>
        <source>the journal breaks at event {seq}</source>
        <translation>جرنل کا سلسلہ اندراج {seq} پر ٹوٹتا ہے</translation>
    </message>
    <message>
        <source>{path} holds no Tijori ledger; create one with `tijori init --ledger URL`.</source>
        <translation>‏{path} میں تجوری کا کوئی لیجر نہیں؛ `tijori init --ledger URL` سے ایک بنائیں۔</translation>
    </message>
    <message>
        <source>{path} holds a journal made by an earlier Tijori without holdings; migrate it again into a new database.</source>
        <translation>‏{path} میں تجوری کے ایک پرانے نسخے کا بنایا ہوا جرنل ہے جس میں ہولڈنگز نہیں؛ اسے دوبارہ کسی نئے ڈیٹابیس میں منتقل کریں۔</translation>
    </message>
    <message>
        <source>The ledger server {path} refused: {error}. Ask its administrator for a terminal&apos;s rights (`tijori server grant-terminal`).</source>
        <translation>لیجر سرور {path} نے انکار کیا: {error}۔ اس کے منتظم سے ٹرمینل کے حقوق مانگیں (`tijori server grant-terminal`)۔</translation>
    </message>
    <message>
        <source>The connection to the ledger server {path} was lost ({error}); nothing of this action was recorded. Try again: Tijori connects again.</source>
        <translation>لیجر سرور {path} سے رابطہ ٹوٹ گیا ({error})؛ اس کارروائی کا کچھ بھی درج نہیں ہوا۔ دوبارہ کوشش کریں: تجوری پھر سے جڑ جاتی ہے۔</translation>
    </message>
    <message>
        <source>The ledger server {path} refused the action: {error}</source>
        <translation>لیجر سرور {path} نے یہ کارروائی رد کر دی: {error}</translation>
    </message>
    <message>
        <source>The journal cannot be replayed: {problem}.</source>
        <translation>جرنل کو دوبارہ نہیں چلایا جا سکتا: {problem}۔</translation>
    </message>
    <message>
        <source>The holdings are not what the journal says ({problem}); nothing was attested. Run `tijori journal verify` and restore a good backup.</source>
        <translation>ہولڈنگز وہ نہیں جو جرنل بتاتا ہے ({problem})؛ کوئی تصدیق نامہ نہیں بنا۔ `tijori journal verify` چلائیں اور کوئی درست بیک اپ بحال کریں۔</translation>
    </message>
    <message>
        <source>it is nested more than {MAX_DEPTH} levels deep</source>
        <translation>اس کی تہیں {MAX_DEPTH} درجوں سے زیادہ گہری ہیں</translation>
    </message>
    <message>
        <source>floats are not allowed in canonical JSON; use decimal strings</source>
        <translation>کینونیکل JSON میں فلوٹ کی اجازت نہیں؛ اعشاری عدد متن کی صورت میں دیں</translation>
    </message>
    <message>
        <source>cannot encode as canonical JSON: the text holds a lone surrogate, which is not Unicode</source>
        <translation>کینونیکل JSON میں نہیں لکھا جا سکتا: متن میں اکیلا سروگیٹ ہے، جو یونی کوڈ نہیں</translation>
    </message>
    <message>
        <source>cannot encode as canonical JSON: it is nested too deeply</source>
        <translation>کینونیکل JSON میں نہیں لکھا جا سکتا: اس کی تہیں بہت گہری ہیں</translation>
    </message>
    <message>
        <source>{source} is not valid JSON: {reason}</source>
        <translation>‏{source} درست JSON نہیں: {reason}</translation>
    </message>
    <message>
        <source>JSON number {text} is not allowed; quantities are decimal strings</source>
        <translation>‏JSON عدد {text} کی اجازت نہیں؛ مقداریں اعشاری متن کی صورت میں ہوتی ہیں</translation>
    </message>
    <message>
        <source>JSON constant {text} is not allowed</source>
        <translation>‏JSON مستقل {text} کی اجازت نہیں</translation>
    </message>
    <message>
        <source>it holds the lone surrogate \u{ord:04x}, which is not Unicode text</source>
        <translation>اس میں اکیلا سروگیٹ \u{ord:04x} ہے، جو یونی کوڈ متن نہیں</translation>
    </message>
    <message>
        <source>cannot encode as canonical JSON: {exc}</source>
        <translation>کینونیکل JSON میں نہیں لکھا جا سکتا: {exc}</translation>
    </message>
    <message>
        <source>{msg} at line {lineno} column {colno}</source>
        <translation>‏{msg}، سطر {lineno} کالم {colno} پر</translation>
    </message>
    <message>
        <source>integer {item} is too large for canonical JSON</source>
        <translation>عدد صحیح {item} کینونیکل JSON کے لیے بہت بڑا ہے</translation>
    </message>
    <message>
        <source>duplicate JSON key {key!r}</source>
        <translation>دہری JSON کلید {key!r}</translation>
    </message>
    <message>
        <source>it is not UTF-8 text (byte {start})</source>
        <translation>یہ UTF-8 متن نہیں (بائٹ {start})</translation>
    </message>
    <message>
        <source>canonical JSON keys must be strings, not {key!r}</source>
        <translation>کینونیکل JSON کی کلیدیں متن ہونی چاہییں، {key!r} نہیں</translation>
    </message>
    <message>
        <source>the certificate must end after it begins</source>
        <translation>سرٹیفکیٹ کی میعاد اس کے آغاز کے بعد ختم ہونی چاہیے</translation>
    </message>
    <message>
        <source>the token&apos;s signature of the certificate does not verify</source>
        <translation>سرٹیفکیٹ پر ٹوکن آلے کا دستخط درست ثابت نہیں ہوتا</translation>
    </message>
    <message>
        <source>the CA certificate is not the certificate of the CA key</source>
        <translation>‏CA سرٹیفکیٹ CA کلید کا سرٹیفکیٹ نہیں</translation>
    </message>
    <message>
        <source>a certificate must be DER bytes</source>
        <translation>سرٹیفکیٹ DER بائٹس ہونا چاہیے</translation>
    </message>
    <message>
        <source>the certificate has no key usage extension; a report signer&apos;s needs non-repudiation (contentCommitment)</source>
        <translation>سرٹیفکیٹ میں کلید کے استعمال (key usage) کی توسیع نہیں؛ رپورٹ دستخط کنندہ کے سرٹیفکیٹ کے لیے عدم انکار (contentCommitment) درکار ہے</translation>
    </message>
    <message>
        <source>the certificate is a CA&apos;s (it may sign certificates); a CA never signs a report, only the report signer&apos;s own certificate does</source>
        <translation>یہ سرٹیفکیٹ CA کا ہے (یہ سرٹیفکیٹس پر دستخط کر سکتا ہے)؛ CA کبھی رپورٹ پر دستخط نہیں کرتا، صرف رپورٹ دستخط کنندہ کا اپنا سرٹیفکیٹ کرتا ہے</translation>
    </message>
    <message>
        <source>the certificate&apos;s key usage lacks non-repudiation (contentCommitment), which a report signer&apos;s certificate needs</source>
        <translation>سرٹیفکیٹ کے کلید کے استعمال (key usage) میں عدم انکار (contentCommitment) شامل نہیں، جو رپورٹ دستخط کنندہ کے سرٹیفکیٹ کے لیے درکار ہے</translation>
    </message>
    <message>
        <source>the certificate is not a CA certificate (it needs CA=true and the certificate-signing key usage)</source>
        <translation>یہ سرٹیفکیٹ CA سرٹیفکیٹ نہیں (اس کے لیے CA=true اور سرٹیفکیٹس پر دستخط کا key usage درکار ہے)</translation>
    </message>
    <message>
        <source>the CA certificate has no subject key identifier</source>
        <translation>‏CA سرٹیفکیٹ میں subject key identifier نہیں</translation>
    </message>
    <message>
        <source>the CA certificate is not self-signed; Tijori&apos;s CA is a root</source>
        <translation>‏CA سرٹیفکیٹ خود دستخط شدہ نہیں؛ Tijori کا CA روٹ ہوتا ہے</translation>
    </message>
    <message>
        <source>{what} must be a date and time with a time zone</source>
        <translation>‏{what} ٹائم زون کے ساتھ تاریخ اور وقت ہونا چاہیے</translation>
    </message>
    <message>
        <source>a {what} needs a Tijori private key</source>
        <translation>‏{what} کے لیے Tijori کی نجی کلید درکار ہے</translation>
    </message>
    <message>
        <source>a {what} needs an {REPORT_KEY_ALGORITHM} key, not {algorithm}: PDF readers do not verify {algorithm} signatures</source>
        <translation>‏{what} کے لیے {REPORT_KEY_ALGORITHM} کلید درکار ہے، {algorithm} نہیں: PDF ریڈر {algorithm} دستخطوں کی جانچ نہیں کرتے</translation>
    </message>
    <message>
        <source>the certificate needs a {what} name</source>
        <translation>سرٹیفکیٹ کے لیے {what} کا نام درکار ہے</translation>
    </message>
    <message>
        <source>the {what} name is longer than 64 characters</source>
        <translation>‏{what} کا نام 64 حروف سے لمبا ہے</translation>
    </message>
    <message>
        <source>the CA certificate is valid from {not_valid_before_utc:%Y-%m-%dT%H:%M:%SZ} to {not_valid_after_utc:%Y-%m-%dT%H:%M:%SZ}; a certificate it issues must lie within that</source>
        <translation>جاری کنندہ CA سرٹیفکیٹ {not_valid_before_utc:%Y-%m-%dT%H:%M:%SZ} سے {not_valid_after_utc:%Y-%m-%dT%H:%M:%SZ} تک مؤثر ہے؛ اس کا جاری کردہ سرٹیفکیٹ اسی مدت کے اندر ہونا چاہیے</translation>
    </message>
    <message>
        <source>this is not a DER X.509 certificate</source>
        <translation>یہ DER X.509 سرٹیفکیٹ نہیں ہے</translation>
    </message>
    <message>
        <source>{source} is not an X.509 certificate</source>
        <translation>‏{source} کوئی X.509 سرٹیفکیٹ نہیں ہے</translation>
    </message>
    <message>
        <source>the certificate&apos;s public key cannot be read</source>
        <translation>سرٹیفکیٹ کی عوامی کلید پڑھی نہیں جا سکتی</translation>
    </message>
    <message>
        <source>the certificate&apos;s key is not an elliptic-curve key; a report signer&apos;s must be {REPORT_KEY_ALGORITHM}</source>
        <translation>سرٹیفکیٹ کی کلید بیضوی منحنی (elliptic-curve) کلید نہیں ہے؛ رپورٹ دستخط کنندہ کی کلید {REPORT_KEY_ALGORITHM} ہونی چاہیے</translation>
    </message>
    <message>
        <source>the certificate&apos;s key is on curve {name}, not P-256 (secp256r1)</source>
        <translation>سرٹیفکیٹ کی کلید منحنی {name} پر ہے، P-256 (secp256r1) پر نہیں</translation>
    </message>
    <message>
        <source>the certificate&apos;s extensions cannot be read</source>
        <translation>سرٹیفکیٹ کی توسیعات (extensions) پڑھی نہیں جا سکتیں</translation>
    </message>
    <message>
        <source>the certificate was not issued by {who}: its issuer is another</source>
        <translation>یہ سرٹیفکیٹ {who} نے جاری نہیں کیا: اس کا جاری کنندہ کوئی اور ہے</translation>
    </message>
    <message>
        <source>the certificate&apos;s authority key identifier is not the key of {who}</source>
        <translation>سرٹیفکیٹ کا اتھارٹی کلید شناخت کنندہ {who} کی کلید نہیں ہے</translation>
    </message>
    <message>
        <source>the certificate&apos;s signature does not verify with the key of {who}</source>
        <translation>سرٹیفکیٹ کا دستخط {who} کی کلید سے درست ثابت نہیں ہوتا</translation>
    </message>
    <message>
        <source>the certificate is valid beyond the validity of {who}</source>
        <translation>سرٹیفکیٹ کی مدتِ اعتبار {who} کی مدتِ اعتبار سے آگے تک جاتی ہے</translation>
    </message>
    <message>
        <source>{source} is not an X.509 certificate (PEM or DER)</source>
        <translation>‏{source} کوئی X.509 سرٹیفکیٹ (PEM یا DER) نہیں ہے</translation>
    </message>
    <message>
        <source>{source} holds more than one certificate; it needs one</source>
        <translation>‏{source} میں ایک سے زیادہ سرٹیفکیٹ ہیں؛ صرف ایک درکار ہے</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not in the signature</source>
        <translation>دستخط کنندہ کا سرٹیفکیٹ دستخط میں موجود نہیں</translation>
    </message>
    <message>
        <source>the signature holds more than one certificate for its signer</source>
        <translation>دستخط میں اس کے دستخط کنندہ کے لیے ایک سے زیادہ سرٹیفکیٹ ہیں</translation>
    </message>
    <message>
        <source>the digest algorithm is not the one the signed attributes protect</source>
        <translation>ڈائجسٹ الگورتھم وہ نہیں جس کی حفاظت دستخط شدہ خصوصیات کرتی ہیں</translation>
    </message>
    <message>
        <source>the signature algorithm is not the one the signed attributes protect</source>
        <translation>دستخط کا الگورتھم وہ نہیں جس کی حفاظت دستخط شدہ خصوصیات کرتی ہیں</translation>
    </message>
    <message>
        <source>the signature uses the digest {algorithm}, which Tijori does not use</source>
        <translation>دستخط میں ڈائجسٹ {algorithm} استعمال ہوا ہے، جو Tijori استعمال نہیں کرتا</translation>
    </message>
    <message>
        <source>the signed attributes hold the {label} attribute {count} times</source>
        <translation>دستخط شدہ خصوصیات میں {label} خصوصیت {count} بار موجود ہے</translation>
    </message>
    <message>
        <source>the {label} attribute has {count} values, not one</source>
        <translation>‏{label} خصوصیت کی {count} قدریں ہیں، ایک نہیں</translation>
    </message>
    <message>
        <source>the signed attributes hold an ESS signing-certificate ({OID_SIGNING_CERTIFICATE}) attribute, which names the certificate by SHA-1; a report has only signing-certificate-v2</source>
        <translation>دستخط شدہ خصوصیات میں ESS signing-certificate ({OID_SIGNING_CERTIFICATE}) خصوصیت موجود ہے، جو سرٹیفکیٹ کی نشاندہی SHA-1 سے کرتی ہے؛ رپورٹ میں صرف signing-certificate-v2 ہوتی ہے</translation>
    </message>
    <message>
        <source>the signed attributes hold no {label} attribute, so nothing signed names the signer&apos;s certificate</source>
        <translation>دستخط شدہ خصوصیات میں {label} خصوصیت نہیں ہے، اس لیے کوئی دستخط شدہ چیز دستخط کنندہ کے سرٹیفکیٹ کی نشاندہی نہیں کرتی</translation>
    </message>
    <message>
        <source>the {label} attribute names no certificate</source>
        <translation>‏{label} خصوصیت کسی سرٹیفکیٹ کی نشاندہی نہیں کرتی</translation>
    </message>
    <message>
        <source>the {label} attribute hashes the certificate with {algorithm}</source>
        <translation>‏{label} خصوصیت سرٹیفکیٹ کا ہیش {algorithm} سے بناتی ہے</translation>
    </message>
    <message>
        <source>the {label} attribute names another certificate than the one in the signature (its hash differs: the certificate was changed after signing)</source>
        <translation>‏{label} خصوصیت دستخط میں موجود سرٹیفکیٹ کے بجائے کسی اور سرٹیفکیٹ کی نشاندہی کرتی ہے (اس کا ہیش مختلف ہے: دستخط کے بعد سرٹیفکیٹ بدلا گیا)</translation>
    </message>
    <message>
        <source>the {label} attribute does not name the certificate&apos;s issuer and serial</source>
        <translation>‏{label} خصوصیت سرٹیفکیٹ کے جاری کنندہ اور سیریل کی نشاندہی نہیں کرتی</translation>
    </message>
    <message>
        <source>the {label} attribute names another issuer and serial number than the signer&apos;s certificate</source>
        <translation>‏{label} خصوصیت دستخط کنندہ کے سرٹیفکیٹ کے بجائے کسی اور جاری کنندہ اور سیریل نمبر کی نشاندہی کرتی ہے</translation>
    </message>
    <message>
        <source>the signature is not over plain data</source>
        <translation>دستخط سادہ ڈیٹا پر نہیں ہے</translation>
    </message>
    <message>
        <source>the signature carries its content; a PDF signature is detached</source>
        <translation>دستخط میں اس کا مواد شامل ہے؛ PDF کا دستخط الگ (detached) ہوتا ہے</translation>
    </message>
    <message>
        <source>the signature has no signed attributes</source>
        <translation>دستخط میں کوئی دستخط شدہ خصوصیات نہیں ہیں</translation>
    </message>
    <message>
        <source>the signed content type is missing or not data</source>
        <translation>دستخط شدہ مواد کی قسم موجود نہیں یا data نہیں ہے</translation>
    </message>
    <message>
        <source>the signed attributes hold no message digest</source>
        <translation>دستخط شدہ خصوصیات میں پیغام کا ڈائجسٹ نہیں ہے</translation>
    </message>
    <message>
        <source>the {label} attribute cannot be read ({exc})</source>
        <translation>‏{label} خصوصیت پڑھی نہیں جا سکتی ({exc})</translation>
    </message>
    <message>
        <source>the signature is CMS {native}, not signed data</source>
        <translation>دستخط CMS {native} ہے، signed data نہیں</translation>
    </message>
    <message>
        <source>the signature has {count} signers, not one</source>
        <translation>دستخط کے {count} دستخط کنندہ ہیں، ایک نہیں</translation>
    </message>
    <message>
        <source>the signature is not valid CMS ({exc})</source>
        <translation>دستخط درست CMS نہیں ہے ({exc})</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>‏{where} آبجیکٹ نہیں ہے</translation>
    </message>
    <message>
        <source>{where} needs a kind (bar, lot, tank, gas), a commodity and a source</source>
        <translation>‏{where} کے لیے قسم (bar, lot, tank, gas)، جنس اور ماخذ درکار ہیں</translation>
    </message>
    <message>
        <source>{where} gives either an absolute limit or a percent</source>
        <translation>‏{where} میں یا تو مطلق حد ہونی چاہیے یا فیصد، دونوں میں سے صرف ایک</translation>
    </message>
    <message>
        <source>{where}: a {kind}&apos;s limit is in {MEASURED}</source>
        <translation>‏{where}: {kind} کی حد {MEASURED} میں ہوتی ہے</translation>
    </message>
    <message>
        <source>{where} has unknown members {value}</source>
        <translation>‏{where} میں نامعلوم اراکین ہیں: {value}</translation>
    </message>
    <message>
        <source>{where} is not a well-formed count result</source>
        <translation>‏{where} گنتی کا درست ساخت والا نتیجہ نہیں ہے</translation>
    </message>
    <message>
        <source>{where} is not a well-formed unlisted bar</source>
        <translation>‏{where} درست ساخت والا غیر فہرست شدہ بار نہیں ہے</translation>
    </message>
    <message>
        <source>{source} is not a {SCHEMA} certificate</source>
        <translation>‏{source} کوئی {SCHEMA} سرٹیفکیٹ نہیں ہے</translation>
    </message>
    <message>
        <source>{source} has members {raw}, not {names}</source>
        <translation>‏{source} کے اراکین {raw} ہیں، {names} نہیں</translation>
    </message>
    <message>
        <source>{source}: counted names who counted and witnessed, and sites</source>
        <translation>‏{source}: counted میں گنتی کرنے والوں، گواہوں اور سائٹس کے نام ہوتے ہیں</translation>
    </message>
    <message>
        <source>{source}: results, tolerances and unlisted are lists</source>
        <translation>‏{source}: results، tolerances اور unlisted فہرستیں ہوتی ہیں</translation>
    </message>
    <message>
        <source>{source}: summary must have the counts {fields}</source>
        <translation>‏{source}: summary میں یہ گنتیاں ہونی چاہییں: {fields}</translation>
    </message>
    <message>
        <source>{where}: {name} is not a non-negative decimal string</source>
        <translation>‏{where}: {name} غیر منفی اعشاری عدد کا متن نہیں ہے</translation>
    </message>
    <message>
        <source>{where} lacks a member of a count result</source>
        <translation>‏{where} میں گنتی کے نتیجے کا کوئی رکن موجود نہیں</translation>
    </message>
    <message>
        <source>{source}: {name} must have exactly {keys}</source>
        <translation>‏{source}: {name} میں ٹھیک یہی اراکین ہونے چاہییں: {keys}</translation>
    </message>
    <message>
        <source>cannot find your home folder: set XDG_DATA_HOME to an absolute path for Tijori&apos;s data</source>
        <translation>آپ کا ہوم فولڈر نہیں ملا: Tijori کے ڈیٹا کے لیے XDG_DATA_HOME میں ایک مطلق راستہ درج کریں</translation>
    </message>
    <message>
        <source>cannot make the folder {path}: {value}</source>
        <translation>فولڈر {path} نہیں بنایا جا سکا: {value}</translation>
    </message>
    <message>
        <source>{what} is not a base64 string</source>
        <translation>‏{what} base64 متن نہیں ہے</translation>
    </message>
    <message>
        <source>{what} is not valid base64</source>
        <translation>‏{what} درست base64 نہیں ہے</translation>
    </message>
    <message>
        <source>a signature&apos;s keyid must be a string</source>
        <translation>دستخط کا keyid متن ہونا چاہیے</translation>
    </message>
    <message>
        <source>a signature must be bytes</source>
        <translation>دستخط بائٹس کی صورت میں ہونا چاہیے</translation>
    </message>
    <message>
        <source>an envelope&apos;s payload type must be a string</source>
        <translation>لفافے کے پے لوڈ کی قسم متن ہونی چاہیے</translation>
    </message>
    <message>
        <source>an envelope&apos;s payload must be bytes</source>
        <translation>لفافے کا پے لوڈ بائٹس کی صورت میں ہونا چاہیے</translation>
    </message>
    <message>
        <source>an envelope&apos;s signatures must be Signature objects</source>
        <translation>لفافے کے دستخط Signature آبجیکٹ ہونے چاہییں</translation>
    </message>
    <message>
        <source>only a Signature can be added to an envelope</source>
        <translation>لفافے میں صرف Signature ہی شامل کیا جا سکتا ہے</translation>
    </message>
    <message>
        <source>{source} is not a DSSE envelope (not a JSON object)</source>
        <translation>‏{source} DSSE لفافہ نہیں ہے (JSON آبجیکٹ نہیں)</translation>
    </message>
    <message>
        <source>{source} has a payloadType that is not a string</source>
        <translation>‏{source} میں payloadType متن نہیں ہے</translation>
    </message>
    <message>
        <source>{source} has signatures that are not a list</source>
        <translation>‏{source} میں signatures فہرست نہیں ہے</translation>
    </message>
    <message>
        <source>{source} is not UTF-8 text</source>
        <translation>‏{source} UTF-8 متن نہیں ہے</translation>
    </message>
    <message>
        <source>{source} is not a DSSE envelope: it has no {name}</source>
        <translation>‏{source} DSSE لفافہ نہیں ہے: اس میں {name} نہیں ہے</translation>
    </message>
    <message>
        <source>{where} is not an object with a sig</source>
        <translation>‏{where} ایسا آبجیکٹ نہیں جس میں sig ہو</translation>
    </message>
    <message>
        <source>{where} has a keyid that is not a string</source>
        <translation>‏{where} میں keyid متن نہیں ہے</translation>
    </message>
    <message>
        <source>{target} already exists; refusing to overwrite it</source>
        <translation>‏{target} پہلے سے موجود ہے؛ اس پر دوبارہ نہیں لکھا جائے گا</translation>
    </message>
    <message>
        <source>{what} {path} is larger than such a file can be</source>
        <translation>‏{what} {path} اتنی بڑی ہے جتنی ایسی فائل نہیں ہو سکتی</translation>
    </message>
    <message>
        <source>cannot write {target}: {value}</source>
        <translation>‏{target} میں لکھا نہیں جا سکا: {value}</translation>
    </message>
    <message>
        <source>cannot read {what} {path}: {strerror}</source>
        <translation>‏{what} {path} پڑھی نہیں جا سکی: {strerror}</translation>
    </message>
    <message>
        <source>cannot read {what} {path}: {value}</source>
        <translation>‏{what} {path} پڑھی نہیں جا سکی: {value}</translation>
    </message>
    <message>
        <source>cannot read {what} {path}: {exc}</source>
        <translation>‏{what} {path} پڑھی نہیں جا سکی: {exc}</translation>
    </message>
    <message>
        <source>{source} is not a {fmt} file</source>
        <translation>‏{source} کوئی {fmt} فائل نہیں ہے</translation>
    </message>
    <message>
        <source>{source} is a {fmt} file of version {version!r}, which this Tijori does not read (it reads version {map})</source>
        <translation>‏{source} ورژن {version!r} کی {fmt} فائل ہے، جسے Tijori کا یہ ورژن نہیں پڑھتا (یہ ورژن {map} پڑھتا ہے)</translation>
    </message>
    <message>
        <source>{source} is not a Tijori file ({reason})</source>
        <translation>‏{source} Tijori فائل نہیں ہے ({reason})</translation>
    </message>
    <message>
        <source>{source} is not a Tijori file (not JSON)</source>
        <translation>‏{source} Tijori فائل نہیں ہے (JSON نہیں)</translation>
    </message>
    <message>
        <source>{source} has creation time {created!r}, not an RFC 3339 UTC time such as 2026-11-25T09:30:00Z</source>
        <translation>‏{source} میں بننے کا وقت {created!r} ہے، جو RFC 3339 کے مطابق UTC وقت (مثلاً 2026-11-25T09:30:00Z) نہیں</translation>
    </message>
    <message>
        <source>{where} has Argon2id parameters that are not integers</source>
        <translation>‏{where} میں Argon2id کے پیرامیٹر عدد صحیح نہیں ہیں</translation>
    </message>
    <message>
        <source>{where} uses Argon2id with {memory} KiB and {iterations} passes, below the minimum of {MIN_MEMORY_KIB} KiB and {MIN_ITERATIONS} passes</source>
        <translation>‏{where} میں Argon2id کے لیے {memory} KiB اور {iterations} چکر رکھے گئے ہیں، جو کم از کم حد {MIN_MEMORY_KIB} KiB اور {MIN_ITERATIONS} چکر سے کم ہیں</translation>
    </message>
    <message>
        <source>{where} asks Argon2id for {memory} KiB and {iterations} passes, above the limit of {MAX_MEMORY_KIB} KiB and {MAX_ITERATIONS} passes</source>
        <translation>‏{where} میں Argon2id سے {memory} KiB اور {iterations} چکر مانگے گئے ہیں، جو زیادہ سے زیادہ حد {MAX_MEMORY_KIB} KiB اور {MAX_ITERATIONS} چکر سے زیادہ ہیں</translation>
    </message>
    <message>
        <source>{where} asks for {lanes} Argon2id lanes; use 1 to {MAX_LANES}</source>
        <translation>‏{where} میں Argon2id کی {lanes} لینیں مانگی گئی ہیں؛ 1 سے {MAX_LANES} تک استعمال کریں</translation>
    </message>
    <message>
        <source>{source} needs a name</source>
        <translation>‏{source} کا نام درکار ہے</translation>
    </message>
    <message>
        <source>{source} has a name longer than {MAX_NAME_CHARS} characters</source>
        <translation>‏{source} کا نام {MAX_NAME_CHARS} حروف سے لمبا ہے</translation>
    </message>
    <message>
        <source>key passphrase</source>
        <translation>کلید کا پاس فریز</translation>
    </message>
    <message>
        <source>{source} must be read as bytes</source>
        <translation>‏{source} کو بائٹس کی صورت میں پڑھنا ضروری ہے</translation>
    </message>
    <message>
        <source>{source} is not a Tijori key file (it is too large)</source>
        <translation>‏{source} Tijori کلید فائل نہیں ہے (یہ بہت بڑی ہے)</translation>
    </message>
    <message>
        <source>{source} is not a Tijori key file</source>
        <translation>‏{source} Tijori کلید فائل نہیں ہے</translation>
    </message>
    <message>
        <source>{source} is a key file of version {version!r}, which this Tijori cannot read</source>
        <translation>‏{source} ورژن {version!r} کی کلید فائل ہے، جسے Tijori کا یہ ورژن نہیں پڑھ سکتا</translation>
    </message>
    <message>
        <source>{source} is damaged or truncated: it has no {missing}</source>
        <translation>‏{source} خراب یا نامکمل ہے: اس میں {missing} نہیں ہے</translation>
    </message>
    <message>
        <source>{source} has an unknown member {extra!r}</source>
        <translation>‏{source} میں نامعلوم رکن {extra!r} ہے</translation>
    </message>
    <message>
        <source>{source} is damaged: its kdf member is not as version 1 defines it</source>
        <translation>‏{source} خراب ہے: اس کا kdf رکن ورژن 1 کی تعریف کے مطابق نہیں ہے</translation>
    </message>
    <message>
        <source>{source} uses the key derivation {name!r}; only argon2id</source>
        <translation>‏{source} میں کلید اخذ کرنے کا طریقہ {name!r} ہے؛ صرف argon2id قابلِ قبول ہے</translation>
    </message>
    <message>
        <source>{source} has a {count}-byte salt; it needs 16 to 64 bytes</source>
        <translation>‏{source} میں {count} بائٹ کا سالٹ ہے؛ 16 سے 64 بائٹ درکار ہیں</translation>
    </message>
    <message>
        <source>{source} is damaged: its cipher member is not as version 1 defines it</source>
        <translation>‏{source} خراب ہے: اس کا cipher رکن ورژن 1 کی تعریف کے مطابق نہیں ہے</translation>
    </message>
    <message>
        <source>{source} uses the cipher {name!r}; only chacha20-poly1305</source>
        <translation>‏{source} میں خفیہ کاری کا طریقہ {name!r} ہے؛ صرف chacha20-poly1305 قابلِ قبول ہے</translation>
    </message>
    <message>
        <source>{source} is damaged: its nonce is not 12 bytes</source>
        <translation>‏{source} خراب ہے: اس کا nonce ‏12 بائٹ کا نہیں ہے</translation>
    </message>
    <message>
        <source>{source} is damaged: algorithm and keyid must be strings</source>
        <translation>‏{source} خراب ہے: algorithm اور keyid متن ہونے چاہییں</translation>
    </message>
    <message>
        <source>{source} was altered: its keyid does not match its public key</source>
        <translation>‏{source} میں ردوبدل کیا گیا ہے: اس کا keyid اس کی عوامی کلید سے مطابقت نہیں رکھتا</translation>
    </message>
    <message>
        <source>{source} is truncated: its ciphertext is too short</source>
        <translation>‏{source} نامکمل ہے: اس کا خفیہ متن بہت چھوٹا ہے</translation>
    </message>
    <message>
        <source>{source} was altered: its private key does not match its public key</source>
        <translation>‏{source} میں ردوبدل کیا گیا ہے: اس کی نجی کلید اس کی عوامی کلید سے مطابقت نہیں رکھتی</translation>
    </message>
    <message>
        <source>unknown Argon2id parameter {unknown!r}</source>
        <translation>نامعلوم Argon2id پیرامیٹر {unknown!r}</translation>
    </message>
    <message>
        <source>{source} is not a Tijori key file ({reason})</source>
        <translation>‏{source} Tijori کلید فائل نہیں ہے ({reason})</translation>
    </message>
    <message>
        <source>{source} is not a Tijori key file (it is not valid JSON)</source>
        <translation>‏{source} Tijori کلید فائل نہیں ہے (یہ درست JSON نہیں)</translation>
    </message>
    <message>
        <source>{source} has an unusable public key: {exc}</source>
        <translation>‏{source} کی عوامی کلید ناقابلِ استعمال ہے: {exc}</translation>
    </message>
    <message>
        <source>wrong passphrase for {source}, or the file was altered</source>
        <translation>‏{source} کا پاس فریز غلط ہے، یا فائل میں ردوبدل کیا گیا ہے</translation>
    </message>
    <message>
        <source>{source} is damaged: its private key cannot be read</source>
        <translation>‏{source} خراب ہے: اس کی نجی کلید پڑھی نہیں جا سکتی</translation>
    </message>
    <message>
        <source>the public key is not in its standard encoding (P-256 keys use uncompressed points)</source>
        <translation>عوامی کلید اپنی معیاری انکوڈنگ میں نہیں ہے (P-256 کلیدیں غیر سکیڑے ہوئے پوائنٹس استعمال کرتی ہیں)</translation>
    </message>
    <message>
        <source>{keyid!r} is not a keyid (64 lower-case hex digits)</source>
        <translation>‏{keyid!r} کلید شناخت نہیں ہے (64 ہیکس ہندسے، چھوٹے حروف میں)</translation>
    </message>
    <message>
        <source>{hex_digest!r} is not a SHA-256 digest (64 lower-case hex digits)</source>
        <translation>‏{hex_digest!r} SHA-256 ڈائجسٹ نہیں ہے (64 ہیکس ہندسے، چھوٹے حروف میں)</translation>
    </message>
    <message>
        <source>unsupported key algorithm {algorithm!r}; use one of {ALGORITHMS}</source>
        <translation>کلید کا الگورتھم {algorithm!r} استعمال نہیں کیا جا سکتا؛ {ALGORITHMS} میں سے کوئی ایک استعمال کریں</translation>
    </message>
    <message>
        <source>the public key is not a valid SubjectPublicKeyInfo</source>
        <translation>عوامی کلید درست SubjectPublicKeyInfo نہیں ہے</translation>
    </message>
    <message>
        <source>the public key is {found}, not {algorithm}</source>
        <translation>عوامی کلید {found} ہے، {algorithm} نہیں</translation>
    </message>
    <message>
        <source>unsupported elliptic curve {name}; only P-256 is supported</source>
        <translation>بیضوی منحنی {name} استعمال نہیں کیا جا سکتا؛ صرف P-256 استعمال ہوتا ہے</translation>
    </message>
    <message>
        <source>the public key must be bytes of a DER SubjectPublicKeyInfo</source>
        <translation>عوامی کلید DER SubjectPublicKeyInfo کے بائٹس کی صورت میں ہونی چاہیے</translation>
    </message>
    <message>
        <source>this is not a PEM public key (no BEGIN PUBLIC KEY line)</source>
        <translation>یہ PEM عوامی کلید نہیں ہے (اس میں BEGIN PUBLIC KEY والی سطر نہیں)</translation>
    </message>
    <message>
        <source>a public key must be a JSON object</source>
        <translation>عوامی کلید JSON آبجیکٹ ہونی چاہیے</translation>
    </message>
    <message>
        <source>this PEM public key cannot be read</source>
        <translation>یہ PEM عوامی کلید پڑھی نہیں جا سکتی</translation>
    </message>
    <message>
        <source>keyid {keyid} does not match its public key, whose keyid is {keyid2}</source>
        <translation>کلید شناخت {keyid} اپنی عوامی کلید سے مطابقت نہیں رکھتی، جس کی کلید شناخت {keyid2} ہے</translation>
    </message>
    <message>
        <source>the private key is not a valid unencrypted PKCS#8 key</source>
        <translation>نجی کلید درست، غیر خفیہ کردہ PKCS#8 کلید نہیں ہے</translation>
    </message>
    <message>
        <source>the public key has no {name} string</source>
        <translation>عوامی کلید میں {name} متن نہیں ہے</translation>
    </message>
    <message>
        <source>An empty tree has no leaves to prove.</source>
        <translation>خالی درخت میں ثابت کرنے کے لیے کوئی پتے نہیں ہوتے۔</translation>
    </message>
    <message>
        <source>This is not a Tijori Merkle tree cache.</source>
        <translation>یہ Tijori مرکل درخت کا کیش نہیں ہے۔</translation>
    </message>
    <message>
        <source>The Merkle tree cache has trailing bytes.</source>
        <translation>مرکل درخت کے کیش کے آخر میں زائد بائٹس ہیں۔</translation>
    </message>
    <message>
        <source>There is no consistency proof for an empty tree.</source>
        <translation>خالی درخت کے لیے مطابقت کا کوئی ثبوت نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>Leaf hash {bad} is {count} bytes long; a SHA-256 hash has 32.</source>
        <translation>پتے کا ہیش {bad} ‏{count} بائٹ لمبا ہے؛ SHA-256 ہیش 32 بائٹ کا ہوتا ہے۔</translation>
    </message>
    <message>
        <source>The Merkle tree cache is truncated.</source>
        <translation>مرکل درخت کا کیش نامکمل ہے۔</translation>
    </message>
    <message>
        <source>Leaf index {index!r} is not between 0 and {value}.</source>
        <translation>پتے کا اشاریہ {index!r} ‏0 اور {value} کے درمیان نہیں ہے۔</translation>
    </message>
    <message>
        <source>The old tree size must be between 1 and {size}; {old_size!r} is not.</source>
        <translation>پرانے درخت کا سائز 1 اور {size} کے درمیان ہونا چاہیے؛ {old_size!r} اس حد میں نہیں ہے۔</translation>
    </message>
    <message>
        <source>the pinned policy changed since it was shown; nothing was pinned</source>
        <translation>مقرر شدہ پالیسی دکھائے جانے کے بعد بدل گئی ہے؛ کچھ بھی مقرر نہیں کیا گیا</translation>
    </message>
    <message>
        <source>{message}. Restore it from a backup: until then this signer trusts no policy</source>
        <translation>‏{message}۔ اسے بیک اپ سے بحال کریں: تب تک یہ دستخط کنندہ کسی پالیسی پر اعتماد نہیں کرتا</translation>
    </message>
    <message>
        <source>the pinned policy does not hold now: {reasons}</source>
        <translation>مقرر شدہ پالیسی اب درست نہیں: {reasons}</translation>
    </message>
    <message>
        <source>{who} is {value}</source>
        <translation>‏{who} کا کردار: {value}</translation>
    </message>
    <message>
        <source>{SCHEMA}, version {version}</source>
        <translation>‏{SCHEMA}، ورژن {version}</translation>
    </message>
    <message>
        <source>{source}: role {name} is malformed</source>
        <translation>‏{source}: کردار {name} کی ساخت درست نہیں</translation>
    </message>
    <message>
        <source>{source}: role {name} has no list of keyids</source>
        <translation>‏{source}: کردار {name} میں keyid کی فہرست نہیں ہے</translation>
    </message>
    <message>
        <source>{source}: role {name} lists a key twice</source>
        <translation>‏{source}: کردار {name} میں ایک کلید دو بار درج ہے</translation>
    </message>
    <message>
        <source>{source}: role {name} names unknown key {unknown}</source>
        <translation>‏{source}: کردار {name} میں نامعلوم کلید {unknown} درج ہے</translation>
    </message>
    <message>
        <source>{source}: role {name} needs a threshold of at least 1</source>
        <translation>‏{source}: کردار {name} کے لیے کم از کم 1 کی حد درکار ہے</translation>
    </message>
    <message>
        <source>{source}: role {name} needs {threshold} signatures but lists {count} keys</source>
        <translation>‏{source}: کردار {name} کے لیے {threshold} دستخط درکار ہیں لیکن اس میں {count} کلیدیں درج ہیں</translation>
    </message>
    <message>
        <source>{source} names no member custodian</source>
        <translation>‏{source} میں کوئی رکن کسٹوڈین درج نہیں</translation>
    </message>
    <message>
        <source>{source}: window_seconds is not a whole number of seconds from 1 to {most}</source>
        <translation>‏{source}: window_seconds کی قدر 1 سے {most} تک سیکنڈوں کی پوری تعداد نہیں</translation>
    </message>
    <message>
        <source>{source} is not a trust policy (payload type {payload_type})</source>
        <translation>‏{source} ٹرسٹ پالیسی نہیں ہے (پے لوڈ کی قسم {payload_type})</translation>
    </message>
    <message>
        <source>{source}: payload type {payload_type} does not match its schema {schema}</source>
        <translation>‏{source}: پے لوڈ کی قسم {payload_type} اس کے اسکیما {schema} سے میل نہیں کھاتی</translation>
    </message>
    <message>
        <source>the policy has no role {role}</source>
        <translation>پالیسی میں کردار {role} موجود نہیں</translation>
    </message>
    <message>
        <source>valid {role} signature</source>
        <translation>‏{role} کا درست دستخط</translation>
    </message>
    <message>
        <source>the key is not in the trust policy</source>
        <translation>یہ کلید ٹرسٹ پالیسی میں شامل نہیں</translation>
    </message>
    <message>
        <source>payload type is {payload_type}</source>
        <translation>پے لوڈ کی قسم {payload_type} ہے</translation>
    </message>
    <message>
        <source>a {schema} policy cannot replace a {schema2} one</source>
        <translation>ایک {schema} پالیسی کسی {schema2} پالیسی کی جگہ نہیں لے سکتی</translation>
    </message>
    <message>
        <source>{value} are held by separate keys</source>
        <translation>‏{value} الگ الگ کلیدوں کے پاس ہیں</translation>
    </message>
    <message>
        <source>expires {expires}</source>
        <translation>میعاد {expires} کو ختم ہوگی</translation>
    </message>
    <message>
        <source>expired at {expires}</source>
        <translation>میعاد {expires} کو ختم ہو چکی</translation>
    </message>
    <message>
        <source>{what} does not hold: {reasons}.</source>
        <translation>‏{what} درست نہیں: {reasons}۔</translation>
    </message>
    <message>
        <source>{source} is a programme&apos;s policy, not a custodian&apos;s</source>
        <translation>‏{source} ایک پروگرام کی پالیسی ہے، کسی کسٹوڈین کی نہیں</translation>
    </message>
    <message>
        <source>{source} is not a {SCHEMA} trust policy</source>
        <translation>‏{source} کوئی {SCHEMA} ٹرسٹ پالیسی نہیں ہے</translation>
    </message>
    <message>
        <source>{source} has no valid version number</source>
        <translation>‏{source} میں کوئی درست ورژن نمبر نہیں ہے</translation>
    </message>
    <message>
        <source>{source} lists no keys</source>
        <translation>‏{source} میں کوئی کلید درج نہیں</translation>
    </message>
    <message>
        <source>{source} defines no roles</source>
        <translation>‏{source} میں کوئی کردار متعین نہیں</translation>
    </message>
    <message>
        <source>{source} lacks the role(s) {missing}</source>
        <translation>‏{source} میں یہ کردار موجود نہیں: {missing}</translation>
    </message>
    <message>
        <source>{source}: previous is not the {{digest, version}} of version {value}</source>
        <translation>‏{source}: previous ورژن {value} کا {{digest, version}} نہیں ہے</translation>
    </message>
    <message>
        <source>{source}: member {number} is not {{name, policy: {{digest, version}}}}</source>
        <translation>‏{source}: رکن {number} اس شکل میں نہیں: {{name, policy: {{digest, version}}}}</translation>
    </message>
    <message>
        <source>{source}: member {name} is named twice, or its policy is another member&apos;s</source>
        <translation>‏{source}: رکن {name} دو بار درج ہے، یا اس کی پالیسی کسی اور رکن کی ہے</translation>
    </message>
    <message>
        <source>payload type {payload_type} does not match the schema {schema}</source>
        <translation>پے لوڈ کی قسم {payload_type} اسکیما {schema} سے میل نہیں کھاتی</translation>
    </message>
    <message>
        <source>version {version} is older than the pinned version {version2} (rollback)</source>
        <translation>ورژن {version} مقرر شدہ ورژن {version2} سے پرانا ہے (پچھلے ورژن پر واپسی)</translation>
    </message>
    <message>
        <source>the pinned version</source>
        <translation>مقرر شدہ ورژن</translation>
    </message>
    <message>
        <source>{source}: key {keyid} is malformed</source>
        <translation>‏{source}: کلید {keyid} کی ساخت درست نہیں</translation>
    </message>
    <message>
        <source>{source}: key {keyid} does not match its public key</source>
        <translation>‏{source}: کلید {keyid} اپنی عوامی کلید سے مطابقت نہیں رکھتی</translation>
    </message>
    <message>
        <source>{source}: unknown role {name!r}</source>
        <translation>‏{source}: نامعلوم کردار {name!r}</translation>
    </message>
    <message>
        <source>{source}: key {keyid} is unusable: {exc}</source>
        <translation>‏{source}: کلید {keyid} ناقابلِ استعمال ہے: {exc}</translation>
    </message>
    <message>
        <source>differs from the pinned policy of the same version {version}</source>
        <translation>اسی ورژن {version} کی مقرر شدہ پالیسی سے مختلف ہے</translation>
    </message>
    <message>
        <source>version {version} skips from the pinned version {version2}: apply each version in turn</source>
        <translation>ورژن {version} مقرر شدہ ورژن {version2} سے آگے چھلانگ لگاتا ہے: ہر ورژن باری باری لاگو کریں</translation>
    </message>
    <message>
        <source>version {version} follows pinned {version2}</source>
        <translation>ورژن {version} مقرر شدہ ورژن {version2} کے بعد کا ہے</translation>
    </message>
    <message>
        <source>this is a custodian&apos;s policy, not a programme&apos;s</source>
        <translation>یہ کسی کسٹوڈین کی پالیسی ہے، کسی پروگرام کی نہیں</translation>
    </message>
    <message>
        <source>{text!r} is not a window such as 24h, 90m or 2d</source>
        <translation>‏{text!r} وقفہ نہیں؛ مثلاً 24h، 90m یا 2d لکھیں</translation>
    </message>
    <message>
        <source>programme.digest is not 64 lower-case hex digits</source>
        <translation>‏programme.digest چھوٹے حروف کے 64 ہیکس ہندسے نہیں</translation>
    </message>
    <message>
        <source>programme.version is not a version number (1 or more)</source>
        <translation>‏programme.version ورژن نمبر (1 یا زیادہ) نہیں</translation>
    </message>
    <message>
        <source>window_seconds is not a count of at least 1</source>
        <translation>‏window_seconds کم از کم 1 کی گنتی نہیں</translation>
    </message>
    <message>
        <source>members is empty: a programme statement sums at least one member</source>
        <translation>‏members خالی ہے: پروگرام کا بیان کم از کم ایک رکن کا میزان ہوتا ہے</translation>
    </message>
    <message>
        <source>members are not sorted by name, one each</source>
        <translation>‏members نام کے لحاظ سے ترتیب میں نہیں، یا کوئی رکن دو بار ہے</translation>
    </message>
    <message>
        <source>collisions holds a member that is not a count</source>
        <translation>‏collisions میں ایک رکن ایسا ہے جو گنتی نہیں</translation>
    </message>
    <message>
        <source>collisions.found is not 0: a programme statement is made only when no holding is counted twice</source>
        <translation>‏collisions.found صفر نہیں: پروگرام کا بیان صرف تب بنتا ہے جب کوئی ہولڈنگ دو بار نہ گنی گئی ہو</translation>
    </message>
    <message>
        <source>collisions.identities is not the sum of bars, lots and tanks</source>
        <translation>‏collisions.identities باروں، لاٹوں اور ٹینکوں کا مجموعہ نہیں</translation>
    </message>
    <message>
        <source>{where}.digest is not 64 lower-case hex digits</source>
        <translation>‏{where}.digest چھوٹے حروف کے 64 ہیکس ہندسے نہیں</translation>
    </message>
    <message>
        <source>{where}.sequence is not a count of at least 1</source>
        <translation>‏{where}.sequence کم از کم 1 کی گنتی نہیں</translation>
    </message>
    <message>
        <source>{where}.policy is not a digest and a version</source>
        <translation>‏{where}.policy ڈائجسٹ اور ورژن نہیں</translation>
    </message>
    <message>
        <source>{where}.tree is not a size and a 64-hex-digit root</source>
        <translation>‏{where}.tree سائز اور 64 ہیکس ہندسوں کی جڑ نہیں</translation>
    </message>
    <message>
        <source>{top} is not a {SCHEMA} statement</source>
        <translation>‏{top} کوئی {SCHEMA} بیان نہیں</translation>
    </message>
    <message>
        <source>tree is not the {TREE_HASHING} tree of the members</source>
        <translation>‏tree ارکان کا {TREE_HASHING} درخت نہیں</translation>
    </message>
    <message>
        <source>sequence is {sequence} but the previous one&apos;s is {before!r}: each is the previous one&apos;s plus 1</source>
        <translation>ترتیب نمبر {sequence} ہے لیکن پچھلے کا {before!r}: ہر ایک پچھلے سے 1 زیادہ ہوتا ہے</translation>
    </message>
    <message>
        <source>{where} is not sorted by commodity, then unit, one each</source>
        <translation>‏{where} جنس، پھر اکائی کے لحاظ سے ترتیب میں نہیں، ہر ایک ایک بار</translation>
    </message>
    <message>
        <source>sequence is {sequence} but the statement names no previous programme attestation</source>
        <translation>ترتیب نمبر {sequence} ہے لیکن بیان میں پروگرام کے کسی پچھلے تصدیق نامے کا نام نہیں</translation>
    </message>
    <message>
        <source>{where}: the statement is not in canonical JSON (RFC 8785)</source>
        <translation>‏{where}: بیان کینونیکل JSON (RFC 8785) میں نہیں</translation>
    </message>
    <message>
        <source>no QR parts were given</source>
        <translation>کوئی QR حصہ نہیں دیا گیا</translation>
    </message>
    <message>
        <source>QR part {missing} of {count} is missing</source>
        <translation>کل {count} میں سے QR حصہ {missing} موجود نہیں</translation>
    </message>
    <message>
        <source>the compressed data joined from the QR parts is damaged</source>
        <translation>جوڑے گئے QR حصوں سے بننے والا سکیڑا ہوا ڈیٹا خراب ہے</translation>
    </message>
    <message>
        <source>a QR part must allow at least {value} characters, not {max_chars}</source>
        <translation>ہر QR حصے میں کم از کم {value} حروف کی گنجائش ہونی چاہیے، {max_chars} نہیں</translation>
    </message>
    <message>
        <source>a message of {count} bytes is too large for QR codes; carry it as a file instead</source>
        <translation>پیغام {count} بائٹ کا ہے جو QR کوڈز کے لیے بہت بڑا ہے؛ اس کے بجائے اسے فائل کی صورت میں لے جائیں</translation>
    </message>
    <message>
        <source>a message of {count} bytes would need {count2} QR codes, more than {MAX_PARTS}; carry it as a file instead</source>
        <translation>پیغام {count} بائٹ کا ہے جس کے لیے {count2} QR کوڈ درکار ہوں گے، جو {MAX_PARTS} سے زیادہ ہیں؛ اس کے بجائے اسے فائل کی صورت میں لے جائیں</translation>
    </message>
    <message>
        <source>{what} is a damaged Tijori QR part</source>
        <translation>‏{what} خراب Tijori QR حصہ ہے</translation>
    </message>
    <message>
        <source>{what} claims to be part {index} of only {count}</source>
        <translation>‏{what} کا دعویٰ ہے کہ وہ حصہ {index} ہے، جبکہ کل حصے صرف {count} ہیں</translation>
    </message>
    <message>
        <source>{what} has a truncated data field</source>
        <translation>‏{what} میں ڈیٹا کا خانہ نامکمل ہے</translation>
    </message>
    <message>
        <source>QR parts {shown} and {last} of {count} are missing</source>
        <translation>کل {count} میں سے QR حصے {shown} اور {last} موجود نہیں</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>the work</source>
        <translation>کام</translation>
    </message>
    <message>
        <source>{where}, column {LEVEL_COLUMN}</source>
        <translation>‏{where}، کالم {LEVEL_COLUMN}</translation>
    </message>
    <message>
        <source>{where}, column {volume_column}</source>
        <translation>‏{where}، کالم {volume_column}</translation>
    </message>
    <message>
        <source>{field} must be text, not {kind}</source>
        <translation>‏{field} متن ہونا چاہیے، {kind} نہیں</translation>
    </message>
    <message>
        <source>the passphrase change</source>
        <translation>پاس فریز کی تبدیلی</translation>
    </message>
    <message>
        <source>cannot encode {kind} as canonical JSON</source>
        <translation>‏{kind} کو کینونیکل JSON میں نہیں لکھا جا سکتا</translation>
    </message>
    <message>
        <source>{source}: counted {name}</source>
        <translation>‏{source}: گنتی کا {name}</translation>
    </message>
    <message>
        <source>{source}: tolerance {i}</source>
        <translation>‏{source}: رواداری {i}</translation>
    </message>
    <message>
        <source>{source}: result {i}</source>
        <translation>‏{source}: نتیجہ {i}</translation>
    </message>
    <message>
        <source>{source}: unlisted bar {i}</source>
        <translation>‏{source}: غیر درج بار {i}</translation>
    </message>
    <message>
        <source>the payload of {source}</source>
        <translation>‏{source} کا مواد</translation>
    </message>
    <message>
        <source>{source} is damaged: {what}</source>
        <translation>‏{source} خراب ہے: {what}</translation>
    </message>
    <message>
        <source>unsupported key type {kind}; use one of {ALGORITHMS}</source>
        <translation>کلید کی قسم {kind} قابلِ قبول نہیں؛ ان میں سے ایک استعمال کریں: {ALGORITHMS}</translation>
    </message>
    <message>
        <source>not a private {algorithm} key</source>
        <translation>‏{algorithm} کی نجی کلید نہیں</translation>
    </message>
    <message>
        <source>no key may hold two of the roles {roles}: {overlaps}</source>
        <translation>کوئی کلید {roles} میں سے دو کردار نہیں رکھ سکتی: {overlaps}</translation>
    </message>
    <message>
        <source>{source} expiry</source>
        <translation>‏{source} کی میعاد</translation>
    </message>
    <message>
        <source>{source}: key {keyid} valid_from</source>
        <translation>‏{source}: کلید {keyid} کا valid_from</translation>
    </message>
    <message>
        <source>{source}: key {keyid} valid_until</source>
        <translation>‏{source}: کلید {keyid} کا valid_until</translation>
    </message>
    <message>
        <source>policy version {version} does not name the version it replaces, so older versions cannot be reached from your trusted policy</source>
        <translation>پالیسی ورژن {version} اس ورژن کا نام نہیں لیتا جس کی جگہ یہ لیتا ہے، اس لیے آپ کی قابلِ اعتماد پالیسی سے پرانے ورژن تک نہیں پہنچا جا سکتا</translation>
    </message>
    <message>
        <source>policy version {version} (digest {digest}…), which version {version2} replaces, was not given: add its file with another --policy</source>
        <translation>پالیسی ورژن {version} (ڈائجسٹ {digest}…)، جس کی جگہ ورژن {version2} لیتا ہے، نہیں دیا گیا: اس کی فائل ایک اور --policy کے ساتھ شامل کریں</translation>
    </message>
    <message>
        <source>policy version {version}</source>
        <translation>پالیسی ورژن {version}</translation>
    </message>
    <message>
        <source>the policy of digest {digest}… is version {version}, not {value}</source>
        <translation>ڈائجسٹ {digest}… والی پالیسی ورژن {version} ہے، {value} نہیں</translation>
    </message>
    <message>
        <source>policy version {version} does not carry the admin threshold of version {version2}: it is no signed rotation of it</source>
        <translation>پالیسی ورژن {version} میں ورژن {version2} کی منتظم حد موجود نہیں: یہ اس کی دستخط شدہ تبدیلی نہیں</translation>
    </message>
    <message>
        <source>QR parts {shown} and {more} more of {count} are missing</source>
        <translation>کل {count} میں سے QR حصے {shown} اور مزید {more} موجود نہیں</translation>
    </message>
    <message>
        <source>the message in the QR parts inflates to more than {MAX_MESSAGE_BYTES} bytes</source>
        <translation>کھولنے پر QR حصوں کا پیغام {MAX_MESSAGE_BYTES} بائٹ سے بڑا ہو جاتا ہے</translation>
    </message>
    <message>
        <source>{what} is in QR format TJ{version}, which this version of Tijori cannot read</source>
        <translation>‏{what} ‏QR فارمیٹ TJ{version} میں ہے، جسے Tijori کا یہ ورژن نہیں پڑھ سکتا</translation>
    </message>
    <message>
        <source>{what} is not a Tijori QR part</source>
        <translation>‏{what} Tijori QR حصہ نہیں ہے</translation>
    </message>
    <message>
        <source>{what} has a damaged data field</source>
        <translation>‏{what} میں ڈیٹا کا خانہ خراب ہے</translation>
    </message>
    <message>
        <source>the message joined from {count} QR parts does not match its digest {digest}; a code was misread or altered</source>
        <translation>جو پیغام {count} QR حصوں کو جوڑ کر بنا وہ اپنے ڈائجسٹ {digest} سے مطابقت نہیں رکھتا؛ کوئی کوڈ غلط پڑھا گیا یا اس میں ردوبدل ہوا</translation>
    </message>
    <message>
        <source>the message in one QR code does not match its digest {digest}; the code was misread or altered</source>
        <translation>ایک QR کوڈ میں موجود پیغام اپنے ڈائجسٹ {digest} سے مطابقت نہیں رکھتا؛ کوڈ غلط پڑھا گیا یا اس میں ردوبدل ہوا</translation>
    </message>
    <message>
        <source>{name} belongs to a different message ({digest}) than {first_name} ({digest2})</source>
        <translation>‏{name} کا تعلق {first_name} ({digest2}) سے مختلف پیغام ({digest}) سے ہے</translation>
    </message>
    <message>
        <source>{earlier} and {name} are both {label} but differ</source>
        <translation>‏{earlier} اور {name} دونوں {label} ہیں لیکن ایک دوسرے سے مختلف ہیں</translation>
    </message>
    <message>
        <source>{name} says the message has {count} parts but {first_name} says {count2}</source>
        <translation>‏{name} کے مطابق پیغام کے {count} حصے ہیں لیکن {first_name} کے مطابق {count2}</translation>
    </message>
    <message>
        <source>two different QR texts both claim to be {label}</source>
        <translation>دو مختلف QR متن دونوں {label} ہونے کا دعویٰ کرتے ہیں</translation>
    </message>
    <message>
        <source>{source} payload</source>
        <translation>‏{source} کا مواد</translation>
    </message>
    <message>
        <source>{source} statement</source>
        <translation>‏{source} کا بیان</translation>
    </message>
    <message>
        <source>{source} was made by an older Tijori (a version 1 request, whose statement names no policy, scope or sequence); make the request again with this version</source>
        <translation>‏{source} کو Tijori کے پرانے ورژن نے بنایا تھا (ورژن 1 کی درخواست، جس کے بیان میں کوئی پالیسی، دائرہ یا ترتیب درج نہیں)؛ اس ورژن سے دوبارہ درخواست بنائیں</translation>
    </message>
    <message>
        <source>{source} is damaged: it asks for no role</source>
        <translation>‏{source} خراب ہے: اس میں کسی کردار کی درخواست نہیں</translation>
    </message>
    <message>
        <source>{source} does not ask to sign a {STATEMENT_SCHEMA} statement</source>
        <translation>‏{source} میں {STATEMENT_SCHEMA} بیان پر دستخط کی درخواست نہیں ہے</translation>
    </message>
    <message>
        <source>{source} is damaged: its leaves are not a list of texts</source>
        <translation>‏{source} خراب ہے: اس کے پتے متون کی فہرست نہیں ہیں</translation>
    </message>
    <message>
        <source>{source} is damaged: its payload does not match its digest</source>
        <translation>‏{source} خراب ہے: اس کا پے لوڈ اس کے ڈائجسٹ سے مطابقت نہیں رکھتا</translation>
    </message>
    <message>
        <source>{source} is damaged: its statement names another policy than the one it carries</source>
        <translation>‏{source} خراب ہے: اس کے بیان میں ساتھ موجود پالیسی کے بجائے کسی اور پالیسی کا نام ہے</translation>
    </message>
    <message>
        <source>{where} is not a {{from_size, proof}} object</source>
        <translation>‏{where} کوئی {{from_size, proof}} آبجیکٹ نہیں ہے</translation>
    </message>
    <message>
        <source>{where}: from_size is not a new count of at least 1</source>
        <translation>‏{where}: from_size کم از کم 1 کی نئی گنتی نہیں ہے</translation>
    </message>
    <message>
        <source>{where}: proof is not a list of 64-hex-digit hashes</source>
        <translation>‏{where}: proof میں 64 ہیکس ہندسوں والے ہیشز کی فہرست نہیں ہے</translation>
    </message>
    <message>
        <source>{source} is damaged: it has no valid {name!r}</source>
        <translation>‏{source} خراب ہے: اس میں کوئی درست {name!r} نہیں ہے</translation>
    </message>
    <message>
        <source>{name} must lie between {low} % and {high} % (not {text})</source>
        <translation>‏{name} کو {low} % اور {high} % کے درمیان ہونا چاہیے ({text} نہیں)</translation>
    </message>
    <message>
        <source>{name} has at most two decimal places ({text})</source>
        <translation>‏{name} میں اعشاریہ کے بعد زیادہ سے زیادہ دو ہندسے ہو سکتے ہیں ({text})</translation>
    </message>
    <message>
        <source>{name} must be a number of percent, not {text!r}</source>
        <translation>‏{name} فیصد میں ایک عدد ہونا چاہیے، {text!r} نہیں</translation>
    </message>
    <message>
        <source>{where}: its quantity</source>
        <translation>‏{where}: اس کی مقدار</translation>
    </message>
    <message>
        <source>no share was given</source>
        <translation>کوئی حصہ نہیں دیا گیا</translation>
    </message>
    <message>
        <source>the shares give something that is not a Tijori key (or the SLIP-39 passphrase is not the one they were made with)</source>
        <translation>حصوں سے جو بنتا ہے وہ Tijori کی کلید نہیں (یا SLIP-39 پاس فریز وہ نہیں جس سے یہ بنائے گئے تھے)</translation>
    </message>
    <message>
        <source>the number of shares must be between 1 and {most}, not {count}</source>
        <translation>حصوں کی تعداد 1 اور {most} کے درمیان ہونی چاہیے، {count} نہیں</translation>
    </message>
    <message>
        <source>the threshold must be between 2 and the number of shares ({count}), not {threshold}</source>
        <translation>حد 2 اور حصوں کی تعداد ({count}) کے درمیان ہونی چاہیے، {threshold} نہیں</translation>
    </message>
    <message>
        <source>share {number} is empty</source>
        <translation>حصہ {number} خالی ہے</translation>
    </message>
    <message>
        <source>{count} shares given; this set needs {threshold}</source>
        <translation>‏{count} حصے دیے گئے؛ اس سیٹ کو {threshold} درکار ہیں</translation>
    </message>
    <message>
        <source>share {number}: word {position}, {word!r}, is not a SLIP-39 word</source>
        <translation>حصہ {number}: لفظ {position}، {word!r}، SLIP-39 کا لفظ نہیں</translation>
    </message>
    <message>
        <source>share {number} does not check: a word is mistyped, missing or out of place</source>
        <translation>حصہ {number} پڑتال میں درست نہیں: کوئی لفظ غلط لکھا گیا، رہ گیا یا اپنی جگہ پر نہیں</translation>
    </message>
    <message>
        <source>share {number} is share {first} again: each share counts once</source>
        <translation>حصہ {number} دوبارہ حصہ {first} ہے: ہر حصہ ایک بار گنا جاتا ہے</translation>
    </message>
    <message>
        <source>the shares do not combine: {reason}</source>
        <translation>حصے آپس میں نہیں جڑتے: {reason}</translation>
    </message>
    <message>
        <source>policy.digest is not 64 lower-case hex digits</source>
        <translation>‏policy.digest چھوٹے حروف کے 64 ہیکس ہندسے نہیں</translation>
    </message>
    <message>
        <source>policy.version is not a version number (1 or more)</source>
        <translation>‏policy.version ورژن نمبر (1 یا زیادہ) نہیں</translation>
    </message>
    <message>
        <source>scope.complete is not true or false</source>
        <translation>‏scope.complete درست یا غلط (true یا false) نہیں</translation>
    </message>
    <message>
        <source>scope.sites are not the codes of the statement&apos;s sites</source>
        <translation>‏scope.sites بیان کی سائٹس کے کوڈ نہیں</translation>
    </message>
    <message>
        <source>sequence is not a count of at least 1</source>
        <translation>‏sequence کم از کم 1 کی گنتی نہیں</translation>
    </message>
    <message>
        <source>tree.size is not a count</source>
        <translation>‏tree.size گنتی نہیں</translation>
    </message>
    <message>
        <source>tree.root is not 64 lower-case hex digits</source>
        <translation>‏tree.root چھوٹے حروف کے 64 ہیکس ہندسے نہیں</translation>
    </message>
    <message>
        <source>journal.size is not a count</source>
        <translation>‏journal.size گنتی نہیں</translation>
    </message>
    <message>
        <source>journal.root is not 64 lower-case hex digits</source>
        <translation>‏journal.root چھوٹے حروف کے 64 ہیکس ہندسے نہیں</translation>
    </message>
    <message>
        <source>{where} is not a version {LEAF_VERSION} Tijori leaf</source>
        <translation>‏{where} ورژن {LEAF_VERSION} کا Tijori پتا نہیں ہے</translation>
    </message>
    <message>
        <source>{where} lacks a holding or a 32-byte salt</source>
        <translation>‏{where} میں ہولڈنگ یا 32 بائٹ کا سالٹ موجود نہیں</translation>
    </message>
    <message>
        <source>{where} has no quantities</source>
        <translation>‏{where} میں کوئی مقدار نہیں</translation>
    </message>
    <message>
        <source>leaves {first} to {value} are malformed</source>
        <translation>پتوں {first} تا {value} کی ساخت درست نہیں</translation>
    </message>
    <message>
        <source>{where} is not a JSON object</source>
        <translation>‏{where} کوئی JSON آبجیکٹ نہیں</translation>
    </message>
    <message>
        <source>{where} lacks the member {missing!r}</source>
        <translation>‏{where} میں رکن {missing!r} موجود نہیں</translation>
    </message>
    <message>
        <source>{where} has the unknown member {unknown!r}, which FORMAT.md §4.4 does not allow</source>
        <translation>‏{where} میں نامعلوم رکن {unknown!r} ہے، جس کی FORMAT.md §4.4 اجازت نہیں دیتا</translation>
    </message>
    <message>
        <source>{where}.{name} is not {what}: {shown}</source>
        <translation>‏{where}.{name} {what} نہیں: {shown}</translation>
    </message>
    <message>
        <source>{where} is not a JSON array</source>
        <translation>‏{where} کوئی JSON فہرست نہیں</translation>
    </message>
    <message>
        <source>a decimal string with {COVERAGE_PLACES} places</source>
        <translation>‏{COVERAGE_PLACES} اعشاری مقامات والا اعشاری عدد (متن کی صورت میں)</translation>
    </message>
    <message>
        <source>{where}.covered is not true or false</source>
        <translation>‏{where}.covered درست یا غلط (true یا false) نہیں</translation>
    </message>
    <message>
        <source>sequence is {sequence} but the statement names no previous attestation: only the first of a series (sequence 1) names none</source>
        <translation>‏sequence {sequence} ہے مگر بیان کسی پچھلے تصدیق نامے کا نام نہیں لیتا: صرف سلسلے کا پہلا (sequence 1) کسی کا نام نہیں لیتا</translation>
    </message>
    <message>
        <source>sequence is 1 but the statement names a previous attestation</source>
        <translation>‏sequence 1 ہے مگر بیان ایک پچھلے تصدیق نامے کا نام لیتا ہے</translation>
    </message>
    <message>
        <source>{top} is not a {STATEMENT_SCHEMA} (or {STATEMENT_SCHEMA_V1}) statement</source>
        <translation>‏{top} کوئی {STATEMENT_SCHEMA} (یا {STATEMENT_SCHEMA_V1}) بیان نہیں</translation>
    </message>
    <message>
        <source>audit.nonce_commitment is not 64 lower-case hex digits</source>
        <translation>‏audit.nonce_commitment چھوٹے حروف کے 64 ہیکس ہندسے نہیں</translation>
    </message>
    <message>
        <source>tree.hashing is not {TREE_HASHING!r}</source>
        <translation>‏tree.hashing قدر {TREE_HASHING!r} نہیں</translation>
    </message>
    <message>
        <source>journal.consistency.from_size is not a count of at least 1</source>
        <translation>‏journal.consistency.from_size کم از کم 1 کی گنتی نہیں</translation>
    </message>
    <message>
        <source>journal.consistency.proof is not a list of 64-hex-digit hashes</source>
        <translation>‏journal.consistency.proof ہیش کی فہرست نہیں جن میں ہر ایک 64 ہیکس ہندسوں کا ہو</translation>
    </message>
    <message>
        <source>previous.digest is not 64 lower-case hex digits</source>
        <translation>‏previous.digest چھوٹے حروف کے 64 ہیکس ہندسے نہیں</translation>
    </message>
    <message>
        <source>{source} is empty</source>
        <translation>‏{source} خالی ہے</translation>
    </message>
    <message>
        <source>{source} is not a Tijori leaves file</source>
        <translation>‏{source} Tijori پتوں کی فائل نہیں ہے</translation>
    </message>
    <message>
        <source>{source} has no leaf count</source>
        <translation>‏{source} میں پتوں کی تعداد درج نہیں</translation>
    </message>
    <message>
        <source>{source} announces {count} leaves but holds {lines} (truncated or padded)</source>
        <translation>‏{source} میں {count} پتوں کا اعلان ہے لیکن اس میں {lines} ہیں (فائل کٹی ہوئی ہے یا اس میں اضافہ کیا گیا ہے)</translation>
    </message>
    <message>
        <source>{source} announces {count} leaves but holds {count2} (truncated or padded)</source>
        <translation>‏{source} میں {count} پتوں کا اعلان ہے لیکن اس میں {count2} ہیں (فائل کٹی ہوئی ہے یا اس میں اضافہ کیا گیا ہے)</translation>
    </message>
    <message>
        <source>leaves {value} to {value2} are malformed</source>
        <translation>پتوں {value} تا {value2} کی ساخت درست نہیں</translation>
    </message>
    <message>
        <source>{line} is malformed: {exc}</source>
        <translation>‏{line} کی ساخت درست نہیں: {exc}</translation>
    </message>
    <message>
        <source>{line} has no quantities</source>
        <translation>‏{line} میں کوئی مقدار نہیں</translation>
    </message>
    <message>
        <source>scope.{name} is not a sorted list of distinct names</source>
        <translation>‏scope.{name} الگ الگ ناموں کی ترتیب وار فہرست نہیں</translation>
    </message>
    <message>
        <source>sequence is {sequence} but the previous attestation&apos;s is {before!r}: each is the previous one&apos;s plus 1</source>
        <translation>‏sequence {sequence} ہے مگر پچھلے تصدیق نامے کا {before!r} ہے: ہر ایک پچھلے سے 1 زیادہ ہوتا ہے</translation>
    </message>
    <message>
        <source>{where} is not after totals[{value}]: totals are sorted by commodity, then unit, one per commodity and unit</source>
        <translation>‏{where} totals[{value}] کے بعد نہیں: میزان پہلے جنس، پھر اکائی کے لحاظ سے ترتیب میں ہوتے ہیں، ہر جنس اور اکائی کا ایک</translation>
    </message>
    <message>
        <source>{where} is not a {STATEMENT_SCHEMA} statement</source>
        <translation>‏{where} کوئی {STATEMENT_SCHEMA} بیان نہیں ہے</translation>
    </message>
    <message>
        <source>{where}: a {schema} statement in an envelope of payload type {payload_type!r}</source>
        <translation>‏{where}: مواد کی قسم {payload_type!r} والے لفافے میں {schema} بیان</translation>
    </message>
    <message>
        <source>{where}: the statement is not in canonical JSON (RFC 8785): its bytes are not the canonical encoding of what they say</source>
        <translation>‏{where}: بیان کینونیکل JSON (RFC 8785) میں نہیں: اس کے بائٹس اُس بات کی کینونیکل انکوڈنگ نہیں جو وہ بیان کرتے ہیں</translation>
    </message>
    <message>
        <source>the header of {source}</source>
        <translation>‏{source} کا ہیڈر</translation>
    </message>
    <message>
        <source>{source} does not start with a Tijori leaves header</source>
        <translation>‏{source} کے شروع میں Tijori پتوں کا ہیڈر نہیں</translation>
    </message>
    <message>
        <source>leaf {number}</source>
        <translation>پتا {number}</translation>
    </message>
    <message>
        <source>{where}: {exc}</source>
        <translation>‏{where} میں: {exc}</translation>
    </message>
    <message>
        <source>{where}: the statement is not in canonical JSON (RFC 8785): {exc}</source>
        <translation>‏{where}: بیان کینونیکل JSON (RFC 8785) میں نہیں: {exc}</translation>
    </message>
    <message>
        <source>leaf {number} is malformed</source>
        <translation>پتا {number} کی ساخت درست نہیں</translation>
    </message>
    <message>
        <source>leaf {number} quantity</source>
        <translation>پتا {number} کی مقدار</translation>
    </message>
    <message>
        <source>leaf {number} is malformed: {exc}</source>
        <translation>پتا {number} کی ساخت درست نہیں: {exc}</translation>
    </message>
    <message>
        <source>{count} of {threshold} required {role} signature(s)</source>
        <translation>درکار {threshold} {role} دستخطوں میں سے {count}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>‏{name} کی پڑتال: {reason}</translation>
    </message>
    <message>
        <source>{source}: member {path}</source>
        <translation>‏{source}: رکن {path}</translation>
    </message>
    <message>
        <source>neither this statement nor the one you signed before carries a sequence number</source>
        <translation>نہ اس بیان میں ترتیب نمبر ہے، نہ اُس بیان میں جس پر آپ نے پہلے دستخط کیے تھے</translation>
    </message>
    <message>
        <source>{label} is not a JSON object</source>
        <translation>‏{label} کوئی JSON آبجیکٹ نہیں</translation>
    </message>
    <message>
        <source>{source}: member {path} is not a non-empty string of at most {MAX_ID} characters</source>
        <translation>‏{source}: رکن {path} زیادہ سے زیادہ {MAX_ID} حروف کی غیر خالی عبارت نہیں</translation>
    </message>
    <message>
        <source>{source}: member {path} is not 64 lower-case hex digits</source>
        <translation>‏{source}: رکن {path} چھوٹے حروف والے 64 ہیکس ہندسے نہیں</translation>
    </message>
    <message>
        <source>a forgotten ledger&apos;s checkpoint must be a Checkpoint</source>
        <translation>بھلائے گئے لیجر کا چیک پوائنٹ ایک Checkpoint ہونا چاہیے</translation>
    </message>
    <message>
        <source>forgotten: the checkpoint is of another ledger</source>
        <translation>‏forgotten: چیک پوائنٹ کسی دوسرے لیجر کا ہے</translation>
    </message>
    <message>
        <source>a ledger id must be a non-empty string</source>
        <translation>لیجر کی شناخت غیر خالی عبارت ہونی چاہیے</translation>
    </message>
    <message>
        <source>the journal is shorter than the one you signed ({events} now, {events2} then): the ledger was rolled back to an older copy</source>
        <translation>جرنل اُس جرنل سے چھوٹا ہے جس پر آپ نے دستخط کیے تھے (اب {events}، تب {events2}): لیجر کو کسی پرانی نقل پر واپس لوٹا دیا گیا</translation>
    </message>
    <message>
        <source>the as-of {as_of} is not before {as_of2}, the as-of you signed before</source>
        <translation>بتاریخ {as_of}، اُس بتاریخ {as_of2} سے پہلے نہیں جس پر آپ نے پہلے دستخط کیے تھے</translation>
    </message>
    <message>
        <source>the as-of {as_of} is before {as_of2}, the as-of of the statement you signed before: the attestation goes back in time</source>
        <translation>بتاریخ {as_of}، اُس بیان کی بتاریخ {as_of2} سے پہلے ہے جس پر آپ نے پہلے دستخط کیے تھے: تصدیق نامہ وقت میں پیچھے جاتا ہے</translation>
    </message>
    <message>
        <source>{source}: member {value}{name} is missing</source>
        <translation>‏{source}: رکن {value}{name} موجود نہیں</translation>
    </message>
    <message>
        <source>{source}: member {value}{name} is not expected</source>
        <translation>‏{source}: رکن {value}{name} متوقع نہیں</translation>
    </message>
    <message>
        <source>{source}: member {member} is not a whole number ≥ 0 or null</source>
        <translation>‏{source}: رکن {member} نہ 0 یا اس سے بڑا پورا عدد ہے، نہ null</translation>
    </message>
    <message>
        <source>{source}: member {member} is not a whole number ≥ 0</source>
        <translation>‏{source}: رکن {member} 0 یا اس سے بڑا پورا عدد نہیں</translation>
    </message>
    <message>
        <source>{source}: member {path} names another ledger</source>
        <translation>‏{source}: رکن {path} کسی دوسرے لیجر کا نام لیتا ہے</translation>
    </message>
    <message>
        <source>a ledger id must be Unicode text</source>
        <translation>لیجر کی شناخت یونیکوڈ متن ہونی چاہیے</translation>
    </message>
    <message>
        <source>{source}: member format is not {FORMAT!r}</source>
        <translation>‏{source}: رکن format کی قدر {FORMAT!r} نہیں</translation>
    </message>
    <message>
        <source>{source}: member version is not {VERSION}</source>
        <translation>‏{source}: رکن version کی قدر {VERSION} نہیں</translation>
    </message>
    <message>
        <source>{source}: member ledger_id names another ledger than the file&apos;s name (a state file copied over another)</source>
        <translation>‏{source}: رکن ledger_id فائل کے نام والے لیجر کے بجائے کسی دوسرے لیجر کا نام لیتا ہے (حالت کی ایک فائل کسی دوسری فائل کے اوپر نقل کی گئی)</translation>
    </message>
    <message>
        <source>{source}: exactly one of the members checkpoint and forgotten must be set</source>
        <translation>‏{source}: ارکان checkpoint اور forgotten میں سے ٹھیک ایک کا ہونا لازم ہے</translation>
    </message>
    <message>
        <source>{source}: the {value} member names another ledger</source>
        <translation>‏{source}: رکن {value} کسی دوسرے لیجر کا نام لیتا ہے</translation>
    </message>
    <message>
        <source>the statement carries no sequence number, but the one you signed before had sequence {before}</source>
        <translation>بیان میں کوئی ترتیب نمبر نہیں، حالانکہ جس بیان پر آپ نے پہلے دستخط کیے تھے اس کا ترتیب نمبر {before} تھا</translation>
    </message>
    <message>
        <source>this signer remembers no checkpoint of ledger {ledger_id}: it was forgotten at {forgotten_at}</source>
        <translation>اس دستخط کنندہ کے پاس لیجر {ledger_id} کا کوئی چیک پوائنٹ محفوظ نہیں: اسے {forgotten_at} پر بھلا دیا گیا تھا</translation>
    </message>
    <message>
        <source>this signer remembers no checkpoint of ledger {ledger_id}</source>
        <translation>اس دستخط کنندہ کے پاس لیجر {ledger_id} کا کوئی چیک پوائنٹ محفوظ نہیں</translation>
    </message>
    <message>
        <source>cannot read the witness folder {folder}: {value}</source>
        <translation>گواہ کا فولڈر {folder} پڑھا نہیں جا سکتا: {value}</translation>
    </message>
    <message>
        <source>{message}. This signer signs nothing for the ledger until the file is restored from a backup: without it, it cannot tell a rolled-back ledger from a new one</source>
        <translation>‏{message}۔ جب تک یہ فائل بیک اپ سے بحال نہ ہو، یہ دستخط کنندہ اس لیجر کے لیے کسی چیز پر دستخط نہیں کرے گا: اس فائل کے بغیر یہ پیچھے لوٹائے گئے لیجر اور نئے لیجر میں فرق نہیں کر سکتا</translation>
    </message>
    <message>
        <source>the journal is the one you signed ({events}, same root)</source>
        <translation>جرنل وہی ہے جس پر آپ نے دستخط کیے تھے ({events}، وہی جڑ)</translation>
    </message>
    <message>
        <source>the journal has the {events} of the one you signed but another root: events were rewritten after you signed (or the ledger forked)</source>
        <translation>جرنل میں {events} ہیں، اتنے ہی جتنے اُس جرنل میں جس پر آپ نے دستخط کیے تھے، مگر جڑ مختلف ہے: آپ کے دستخط کے بعد اندراجات دوبارہ لکھے گئے (یا لیجر دو شاخوں میں بٹ گیا)</translation>
    </message>
    <message>
        <source>the journal of {events} extends the empty journal you signed before</source>
        <translation>جرنل ({events}) اُس خالی جرنل کا تسلسل ہے جس پر آپ نے پہلے دستخط کیے تھے</translation>
    </message>
    <message>
        <source>sequence {now} is the first sequence number you sign for this ledger</source>
        <translation>ترتیب نمبر {now} پہلا ترتیب نمبر ہے جس پر آپ اس لیجر کے لیے دستخط کر رہے ہیں</translation>
    </message>
    <message>
        <source>the request carries no consistency proof from the {events} you signed before to the {events2} now, so it cannot show that the journal was only appended to</source>
        <translation>درخواست میں پہلے دستخط شدہ {events} سے اب کے {events2} تک تسلسل کا کوئی ثبوت نہیں، اس لیے یہ نہیں دکھایا جا سکتا کہ جرنل میں صرف اضافہ ہوا</translation>
    </message>
    <message>
        <source>sequence {now} follows sequence {before}, which you signed before</source>
        <translation>ترتیب نمبر {now}، ترتیب نمبر {before} کے بعد آتا ہے، جس پر آپ پہلے دستخط کر چکے ہیں</translation>
    </message>
    <message>
        <source>the journal of {events} extends the {events2} you signed before (consistency proof checked)</source>
        <translation>جرنل ({events}) اُن {events2} کا تسلسل ہے جن پر آپ نے پہلے دستخط کیے تھے (تسلسل کا ثبوت جانچا گیا)</translation>
    </message>
    <message>
        <source>the consistency proof does not show that the journal of {events} extends the {events2} you signed before: events were rewritten, removed or reordered after you signed, or the ledger forked</source>
        <translation>تسلسل کا ثبوت یہ نہیں دکھاتا کہ جرنل ({events}) اُن {events2} کا تسلسل ہے جن پر آپ نے پہلے دستخط کیے تھے: آپ کے دستخط کے بعد اندراجات دوبارہ لکھے گئے، ہٹائے گئے یا ان کی ترتیب بدلی گئی، یا لیجر دو شاخوں میں بٹ گیا</translation>
    </message>
    <message>
        <source>sequence {now} is the statement you signed before, signed again</source>
        <translation>ترتیب نمبر {now} وہی بیان ہے جس پر آپ پہلے دستخط کر چکے ہیں، اب دوبارہ دستخط شدہ</translation>
    </message>
    <message>
        <source>fork: sequence {now} was already signed for another statement (digest {digest}…, attestation {attestation_id})</source>
        <translation>سلسلہ دو شاخوں میں بٹ گیا: ترتیب نمبر {now} پر پہلے ہی کسی دوسرے بیان کے لیے دستخط ہو چکے ہیں (ڈائجسٹ {digest}…، تصدیق نامہ {attestation_id})</translation>
    </message>
    <message>
        <source>sequence {now} comes before sequence {before}, which you already signed: the chain goes backwards (an older copy of the ledger, or a request replayed)</source>
        <translation>ترتیب نمبر {now}، ترتیب نمبر {before} سے پہلے آتا ہے، جس پر آپ دستخط کر چکے ہیں: سلسلہ پیچھے کی طرف جا رہا ہے (لیجر کی کوئی پرانی نقل، یا کوئی درخواست دوبارہ بھیجی گئی)</translation>
    </message>
    <message>
        <source>The holdings changed while the attestation was being made; make the request again.</source>
        <translation>تصدیق نامہ بنتے وقت ہولڈنگز بدل گئیں؛ درخواست دوبارہ کریں۔</translation>
    </message>
    <message>
        <source>the attestation</source>
        <translation>تصدیق نامہ</translation>
    </message>
    <message>
        <source>The policy {policy_path}</source>
        <translation>پالیسی {policy_path}</translation>
    </message>
    <message>
        <source>name the custodian (--custodian)</source>
        <translation>کسٹوڈین کا نام دیں (--custodian)</translation>
    </message>
    <message>
        <source>the previous attestation {attestation_id} is of another ledger ({ledger_id})</source>
        <translation>پچھلا تصدیق نامہ {attestation_id} کسی دوسرے لیجر ({ledger_id}) کا ہے</translation>
    </message>
    <message>
        <source>the as-of {moment} is in the future (the clock here says {format_time}); an attestation states what is held, not what will be</source>
        <translation>بتاریخ {moment} مستقبل میں ہے (یہاں کی گھڑی {format_time} بتاتی ہے)؛ تصدیق نامہ بتاتا ہے کہ کیا تحویل میں ہے، یہ نہیں کہ کیا ہو گا</translation>
    </message>
    <message>
        <source>the auditor&apos;s nonce commitment is 64 hex digits (the SHA-256 that `tijori audit commit` prints), not {text!r}</source>
        <translation>آڈیٹر کا نانس کا عہد 64 ہیکس ہندسوں پر مشتمل ہوتا ہے (وہ SHA-256 جو `tijori audit commit` دکھاتا ہے)، {text!r} نہیں</translation>
    </message>
    <message>
        <source>{out} already exists; refusing to overwrite it</source>
        <translation>‏{out} پہلے سے موجود ہے؛ اس کے اوپر نہیں لکھا جائے گا</translation>
    </message>
    <message>
        <source>{leaves} holds the leaves of attestation {recorded}, recorded in this ledger; they can never be made again (their salts are random), so they are not overwritten: choose another --leaves-out</source>
        <translation>‏{leaves} میں تصدیق نامہ {recorded} کے پتے ہیں، جو اس لیجر میں درج ہے؛ یہ پتے دوبارہ کبھی نہیں بن سکتے (ان کے سالٹ بے ترتیب ہیں)، اس لیے ان کے اوپر نہیں لکھا جاتا: کوئی اور --leaves-out منتخب کریں</translation>
    </message>
    <message>
        <source>{leaves} belongs to a finished signing request other than {out} (its tree cache {tree} is beside it); refusing to overwrite it. Choose another --leaves-out, or, if no request needs these leaves, remove them first: rm {files}</source>
        <translation>‏{leaves} کا تعلق {out} کے علاوہ کسی مکمل شدہ دستخط کی درخواست سے ہے (اس کا درخت کیش {tree} اس کے ساتھ ہے)؛ اس کے اوپر نہیں لکھا جائے گا۔ کوئی اور --leaves-out منتخب کریں، یا اگر کسی درخواست کو ان پتوں کی ضرورت نہیں تو پہلے انہیں ہٹا دیں: rm {files}</translation>
    </message>
    <message>
        <source>{request_path} is damaged: its policy does not match its digest</source>
        <translation>‏{request_path} خراب ہے: اس کی پالیسی اپنے ڈائجسٹ سے مطابقت نہیں رکھتی</translation>
    </message>
    <message>
        <source>{source} answers another request ({request_id})</source>
        <translation>‏{source} کسی دوسری درخواست ({request_id}) کا جواب ہے</translation>
    </message>
    <message>
        <source>{source} signs another payload than this request&apos;s</source>
        <translation>‏{source} اس درخواست کے مواد کے بجائے کسی دوسرے مواد پر دستخط کرتا ہے</translation>
    </message>
    <message>
        <source>{source} does not name the key that signed it</source>
        <translation>‏{source} میں اُس کلید کا نام نہیں جس نے اس پر دستخط کیے</translation>
    </message>
    <message>
        <source>{source} signature</source>
        <translation>‏{source} کا دستخط</translation>
    </message>
    <message>
        <source>{source} is signed by a key that is not in the policy</source>
        <translation>‏{source} پر ایسی کلید کے دستخط ہیں جو پالیسی میں نہیں</translation>
    </message>
    <message>
        <source>{source}: the signature does not verify</source>
        <translation>‏{source}: دستخط جانچ میں درست نہیں نکلا</translation>
    </message>
    <message>
        <source>Not final yet: {missing}.</source>
        <translation>ابھی حتمی نہیں: {missing}۔</translation>
    </message>
    <message>
        <source>There is no attestation {attestation_id} in this ledger.</source>
        <translation>اس لیجر میں کوئی تصدیق نامہ {attestation_id} نہیں۔</translation>
    </message>
    <message>
        <source>at the as-of {moment}, only {count} {role} key(s) of the policy are valid there and now, and {threshold} must sign: no signature could count (an as-of before the keys existed?)</source>
        <translation>بتاریخ {moment} پر پالیسی کی صرف {count} {role} کلیدیں اُس وقت بھی اور اب بھی مؤثر ہیں، جبکہ {threshold} کا دستخط کرنا لازم ہے: کوئی دستخط شمار نہیں ہو سکتا (کیا بتاریخ کلیدوں کے بننے سے پہلے کی ہے؟)</translation>
    </message>
    <message>
        <source>there is no site {code!r}</source>
        <translation>کوئی سائٹ {code!r} نہیں</translation>
    </message>
    <message>
        <source>the previous attestation {attestation_id} states a journal of {journal_size} events, more than the {upto} this ledger holds at the as-of: this ledger is not the one it attested (an older copy?), or the as-of is before the previous one&apos;s</source>
        <translation>پچھلا تصدیق نامہ {attestation_id} {journal_size} اندراجات کا جرنل بتاتا ہے، جو بتاریخ پر اس لیجر میں موجود {upto} سے زیادہ ہیں: یا تو یہ وہ لیجر نہیں جس کا اُس نے تصدیق نامہ بنایا (کوئی پرانی نقل؟)، یا بتاریخ پچھلے تصدیق نامے کی بتاریخ سے پہلے کی ہے</translation>
    </message>
    <message>
        <source>{out} is a finished signing request and {leaves} its leaves; refusing to overwrite them. Choose another --out and --leaves-out, or, to make the request again, remove them first: rm {files}</source>
        <translation>‏{out} ایک مکمل شدہ دستخط کی درخواست ہے اور {leaves} اس کے پتے؛ ان کے اوپر نہیں لکھا جائے گا۔ کوئی اور --out اور --leaves-out منتخب کریں، یا درخواست دوبارہ بنانے کے لیے پہلے انہیں ہٹا دیں: rm {files}</translation>
    </message>
    <message>
        <source>the policy has no role {role!r}</source>
        <translation>پالیسی میں کوئی کردار {role!r} نہیں</translation>
    </message>
    <message>
        <source>{request_path} asks for role {role!r}, which its policy does not have</source>
        <translation>‏{request_path} کردار {role!r} مانگتی ہے، جو اس کی پالیسی میں نہیں</translation>
    </message>
    <message>
        <source>attestation {attestation_id} is already recorded in this ledger with another statement than {request_path}&apos;s; {out} was not written</source>
        <translation>تصدیق نامہ {attestation_id} اس لیجر میں پہلے سے {request_path} کے بیان سے مختلف بیان کے ساتھ درج ہے؛ {out} نہیں لکھی گئی</translation>
    </message>
    <message>
        <source>attestation {attestation_id} is already recorded in this ledger with other signatures (or the same ones in another order) than these responses give; the recorded one stands and {out} was not written. Give the responses of the first finalize in the same order, or save the recorded attestation from the history on the Attest page</source>
        <translation>تصدیق نامہ {attestation_id} اس لیجر میں پہلے سے ایسے دستخطوں کے ساتھ درج ہے جو ان جوابات کے دستخطوں سے مختلف ہیں (یا وہی ہیں مگر کسی اور ترتیب میں)؛ درج شدہ تصدیق نامہ برقرار ہے اور {out} نہیں لکھی گئی۔ پہلی بار حتمی کرتے وقت والے جوابات اسی ترتیب میں دیں، یا «تصدیق نامہ» صفحے کے تاریخچہ سے درج شدہ تصدیق نامہ محفوظ کریں</translation>
    </message>
    <message>
        <source>the nonce file {path} must hold 64 lower-case hex digits (32 random bytes)</source>
        <translation>نانس فائل {path} میں چھوٹے حروف والے 64 ہیکس ہندسے (32 بے ترتیب بائٹس) ہونے چاہییں</translation>
    </message>
    <message>
        <source>{source} holds the leaves of another attestation ({attestation_id})</source>
        <translation>‏{source} میں کسی دوسرے تصدیق نامے ({attestation_id}) کے پتے ہیں</translation>
    </message>
    <message>
        <source>{source} announces {count} leaves but holds {size} (truncated or padded)</source>
        <translation>‏{source} میں {count} پتوں کا اعلان ہے مگر اس میں {size} پتے ہیں (کٹی ہوئی یا زائد بھری ہوئی فائل)</translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>‏{source} میں: {error}</translation>
    </message>
    <message>
        <source>{source} does not give the attested tree ({size} leaves, root {root}…; the statement says {size2}, {root2}…)</source>
        <translation>‏{source} سے وہ درخت نہیں بنتا جس کا تصدیق نامہ بنا ({size} پتے، جڑ {root}…؛ بیان کے مطابق {size2}، {root2}…)</translation>
    </message>
    <message>
        <source>the sampling method is attribute or weighted, not {method!r}</source>
        <translation>نمونہ لینے کا طریقہ attribute یا weighted ہے، {method!r} نہیں</translation>
    </message>
    <message>
        <source>{out} exists; choose another name (or --force)</source>
        <translation>‏{out} موجود ہے؛ کوئی اور نام منتخب کریں (یا --force)</translation>
    </message>
    <message>
        <source>{attestation_path} does not verify under your policy, so no sample is drawn from it ({reasons})</source>
        <translation>‏{attestation_path} آپ کی پالیسی کے تحت جانچ میں درست نہیں نکلا، اس لیے اس سے کوئی نمونہ نہیں نکالا جاتا ({reasons})</translation>
    </message>
    <message>
        <source>the statement carries the auditor&apos;s commitment to a nonce: give the nonce file drawn then (`tijori audit commit`); {nonce_file} does not exist, and a new nonce would not match</source>
        <translation>بیان میں آڈیٹر کا نانس کا عہد موجود ہے: وہی نانس فائل دیں جو اُس وقت نکالی گئی تھی (`tijori audit commit`)؛ {nonce_file} موجود نہیں، اور نیا نانس عہد سے مطابقت نہیں رکھے گا</translation>
    </message>
    <message>
        <source>the nonce in {nonce_file} is not the one the statement&apos;s auditor committed to (its SHA-256 differs from audit.nonce_commitment): no sample is drawn from another nonce</source>
        <translation>فائل {nonce_file} میں موجود نانس وہ نہیں جس کا بیان کے آڈیٹر نے عہد کیا تھا (اس کا SHA-256، audit.nonce_commitment سے مختلف ہے): کسی دوسرے نانس سے کوئی نمونہ نہیں نکالا جاتا</translation>
    </message>
    <message>
        <source>{source} lacks {missing}</source>
        <translation>‏{source} میں {missing} نہیں</translation>
    </message>
    <message>
        <source>{kind} holdings have no filter {column!r}</source>
        <translation>‏{kind} ہولڈنگز میں کوئی فلٹر {column!r} نہیں</translation>
    </message>
    <message>
        <source>no holdings of kind {kind!r}</source>
        <translation>قسم {kind!r} کی کوئی ہولڈنگ نہیں</translation>
    </message>
    <message>
        <source>{kind} holdings cannot be sorted by {sort!r}</source>
        <translation>‏{kind} ہولڈنگز کو {sort!r} کے لحاظ سے ترتیب نہیں دیا جا سکتا</translation>
    </message>
    <message>
        <source>year {year!r} is not a four-digit year</source>
        <translation>سال {year!r} چار ہندسوں والا سال نہیں</translation>
    </message>
    <message>
        <source>sorting the holdings</source>
        <translation>ہولڈنگز کی ترتیب</translation>
    </message>
    <message>
        <source>{source} lists no file</source>
        <translation>‏{source} میں کوئی فائل درج نہیں</translation>
    </message>
    <message>
        <source>{path} already exists; choose another folder</source>
        <translation>‏{path} پہلے سے موجود ہے؛ کوئی اور فولڈر منتخب کریں</translation>
    </message>
    <message>
        <source>expires at {until}, in {days} days</source>
        <translation>میعاد {until} کو، {days} دن میں ختم ہوگی</translation>
    </message>
    <message>
        <source>Key {name} ({roles}) {left}: rotate it out of the policy before then.</source>
        <translation>کلید {name} ({roles}): {left}؛ اس سے پہلے پالیسی تبدیل کر کے اسے ہٹا دیں۔</translation>
    </message>
    <message>
        <source>the token&apos;s certificate was issued by {issuer}, whose certificate the token does not hold</source>
        <translation>ٹوکن آلے کا سرٹیفکیٹ {issuer} نے جاری کیا، جس کا سرٹیفکیٹ ٹوکن آلے میں موجود نہیں</translation>
    </message>
    <message>
        <source>expired at {until}</source>
        <translation>میعاد {until} کو ختم ہو چکی</translation>
    </message>
    <message>
        <source>expires at {until}, in less than a day</source>
        <translation>میعاد {until} کو، ایک دن سے کم میں ختم ہوگی</translation>
    </message>
    <message>
        <source>expires at {until}, in 1 day</source>
        <translation>میعاد {until} کو، 1 دن میں ختم ہوگی</translation>
    </message>
    <message>
        <source>The trust policy {name} {left}: its admins must sign a successor before then.</source>
        <translation>ٹرسٹ پالیسی {name}: {left}؛ اس سے پہلے اس کے منتظمین جانشین پالیسی پر دستخط کریں۔</translation>
    </message>
    <message>
        <source>the token holds no certificate for this key: a report-signing key in a token is made with `tijori keys new --pkcs11 … --algorithm p256`, which stores one</source>
        <translation>ٹوکن آلے میں اس کلید کا کوئی سرٹیفکیٹ نہیں: ٹوکن آلے میں رپورٹ پر دستخط کی کلید `tijori keys new --pkcs11 … --algorithm p256` سے بنتی ہے، جو سرٹیفکیٹ بھی محفوظ کرتا ہے</translation>
    </message>
    <message>
        <source>key file {key_path}</source>
        <translation>کلید فائل {key_path}</translation>
    </message>
    <message>
        <source>give both the signature (--signature) and the signer&apos;s public key (--signer), or neither</source>
        <translation>دستخط (--signature) اور دستخط کنندہ کی عوامی کلید (--signer) دونوں دیں، یا کوئی بھی نہیں</translation>
    </message>
    <message>
        <source>{source} is damaged: a programme statement&apos;s request carries the members&apos; files, and only it</source>
        <translation>‏{source} خراب ہے: پروگرام کے بیان کی درخواست ارکان کی فائلیں ساتھ رکھتی ہے، اور صرف وہی</translation>
    </message>
    <message>
        <source>share {number} has {count} words; a share of a Tijori key has {expected}</source>
        <translation>حصہ {number} میں {count} الفاظ ہیں؛ Tijori کلید کے حصے میں {expected} ہوتے ہیں</translation>
    </message>
    <message>
        <source>share {number} is from another set of shares than share {first}</source>
        <translation>حصہ {number} اور حصہ {first} حصوں کے الگ الگ سیٹوں کے ہیں</translation>
    </message>
    <message>
        <source>{request_path} is damaged: its statement and its policy are not of the same kind (a custodian&apos;s, a programme&apos;s)</source>
        <translation>‏{request_path} خراب ہے: اس کا بیان اور اس کی پالیسی ایک قسم کے نہیں (کسٹوڈین کی، پروگرام کی)</translation>
    </message>
    <message>
        <source>{sums_path} does not list {name}</source>
        <translation>‏{sums_path} میں {name} درج نہیں</translation>
    </message>
    <message>
        <source>{name} does not match {sums_path}: its SHA-256 is {actual}, the list says {listed}</source>
        <translation>‏{name}، {sums_path} سے مطابقت نہیں رکھتی: اس کا SHA-256 {actual} ہے، فہرست میں {listed} لکھا ہے</translation>
    </message>
    <message>
        <source>{source} is not text</source>
        <translation>‏{source} متن نہیں</translation>
    </message>
    <message>
        <source>{source} line {number} is not &apos;SHA-256, two spaces, file name&apos;</source>
        <translation>‏{source} کی سطر {number} «SHA-256، دو خالی جگہیں، فائل کا نام» کی صورت میں نہیں</translation>
    </message>
    <message>
        <source>{source} line {number} names a path, not a file: {name!r}</source>
        <translation>‏{source} کی سطر {number} میں فائل کے بجائے راستہ درج ہے: {name!r}</translation>
    </message>
    <message>
        <source>{source} lists {name} twice</source>
        <translation>‏{source} میں {name} دو بار درج ہے</translation>
    </message>
    <message>
        <source>{signature_path} does not sign a SHA256SUMS file</source>
        <translation>‏{signature_path} کسی SHA256SUMS فائل پر دستخط نہیں کرتا</translation>
    </message>
    <message>
        <source>{signature_path} is not signed by {value} (keyid {keyid}…)</source>
        <translation>‏{signature_path} پر {value} کے دستخط نہیں (کلید شناخت {keyid}…)</translation>
    </message>
    <message>
        <source>{sums_path} is not the sums file that was signed</source>
        <translation>‏{sums_path} ہیشوں کی وہ فائل نہیں جس پر دستخط ہوئے تھے</translation>
    </message>
    <message>
        <source>cannot read calibration table {path}: No such file</source>
        <translation>کیلیبریشن ٹیبل {path} پڑھا نہیں جا سکتا: ایسی کوئی فائل نہیں</translation>
    </message>
    <message>
        <source>There is no tank {code!r}; add it with `tijori tank add`.</source>
        <translation>کوئی ٹینک {code!r} نہیں؛ اسے `tijori tank add` سے شامل کریں۔</translation>
    </message>
    <message>
        <source>calibration date {calibrated_on} is in the future</source>
        <translation>کیلیبریشن کی تاریخ {calibrated_on} مستقبل میں ہے</translation>
    </message>
    <message>
        <source>The calibration table v{number} of tank {code} does not match its digest: run `tijori journal verify`.</source>
        <translation>ٹینک {code} کا کیلیبریشن ٹیبل v{number} اپنے ڈائجسٹ سے مطابقت نہیں رکھتا: `tijori journal verify` چلائیں۔</translation>
    </message>
    <message>
        <source>Tank {code} has no calibration table version {number}.</source>
        <translation>ٹینک {code} کا کیلیبریشن ٹیبل ورژن {number} موجود نہیں۔</translation>
    </message>
    <message>
        <source>line {line}: the calibration table is not UTF-8 text</source>
        <translation>سطر {line}: کیلیبریشن ٹیبل UTF-8 متن نہیں</translation>
    </message>
    <message>
        <source>tank {code} has a {roof} roof: a critical zone belongs to floating-roof tanks only</source>
        <translation>ٹینک {code} کی چھت {roof} ہے: نازک زون صرف تیرتی چھت والے ٹینکوں کا ہوتا ہے</translation>
    </message>
    <message>
        <source>no two attestations share a sequence number</source>
        <translation>کوئی دو تصدیق نامے ایک ہی ترتیب نمبر نہیں رکھتے</translation>
    </message>
    <message>
        <source>no attestation was given</source>
        <translation>کوئی تصدیق نامہ نہیں دیا گیا</translation>
    </message>
    <message>
        <source>{value} of the files cannot be read as attestations (see each one&apos;s checks)</source>
        <translation>فائلوں میں سے {value} کو تصدیق نامے کے طور پر پڑھا نہیں جا سکتا (ہر ایک کی پڑتالیں دیکھیں)</translation>
    </message>
    <message>
        <source>{value} attestation(s) of version 1 carry no sequence number: their place is taken from their as-of</source>
        <translation>ورژن 1 کے {value} تصدیق ناموں میں کوئی ترتیب نمبر نہیں: ان کی جگہ ان کی بتاریخ سے طے کی جاتی ہے</translation>
    </message>
    <message>
        <source>number 1 names no previous attestation</source>
        <translation>نمبر 1 کسی پچھلے تصدیق نامے کا نام نہیں لیتا</translation>
    </message>
    <message>
        <source>number 1 names a previous attestation</source>
        <translation>نمبر 1 ایک پچھلے تصدیق نامے کا نام لیتا ہے</translation>
    </message>
    <message>
        <source>numbers {numbers} to {numbers2}, none missing</source>
        <translation>نمبر {numbers} سے {numbers2} تک، کوئی غائب نہیں</translation>
    </message>
    <message>
        <source>the series given starts at number {numbers}: the attestation before it was not given, so its link is not checked</source>
        <translation>دیا گیا سلسلہ نمبر {numbers} سے شروع ہوتا ہے: اس سے پہلے والا تصدیق نامہ نہیں دیا گیا، اس لیے اس کی کڑی کی پڑتال نہیں ہوئی</translation>
    </message>
    <message>
        <source>fork: number {number} is shared by {sources}</source>
        <translation>سلسلہ دو شاخوں میں بٹ گیا: نمبر {number}، {sources} میں مشترک ہے</translation>
    </message>
    <message>
        <source>the certificate names the attestation it carries</source>
        <translation>سرٹیفکیٹ اُسی تصدیق نامے کا نام لیتا ہے جو اس میں شامل ہے</translation>
    </message>
    <message>
        <source>the certificate names another attestation than the one it carries</source>
        <translation>سرٹیفکیٹ اُس تصدیق نامے کے بجائے جو اس میں شامل ہے، کسی دوسرے تصدیق نامے کا نام لیتا ہے</translation>
    </message>
    <message>
        <source>the seed is SHA-256 of the statement digest and the nonce</source>
        <translation>سیڈ، بیان کے ڈائجسٹ اور نانس کا SHA-256 ہے</translation>
    </message>
    <message>
        <source>the seed is not SHA-256 of the statement digest and the nonce</source>
        <translation>سیڈ، بیان کے ڈائجسٹ اور نانس کا SHA-256 نہیں</translation>
    </message>
    <message>
        <source>every result re-classified against its leaf under the stated tolerances</source>
        <translation>ہر نتیجے کی درجہ بندی اس کے پتے کے مقابلے میں بیان کردہ حدودِ برداشت کے تحت دوبارہ کی گئی</translation>
    </message>
    <message>
        <source>the counts and the conclusion follow from the results</source>
        <translation>گنتیاں اور نتیجہ نتائج سے اخذ ہوتے ہیں</translation>
    </message>
    <message>
        <source>the counts or the conclusion do not follow from the results</source>
        <translation>گنتیاں یا نتیجہ نتائج سے اخذ نہیں ہوتے</translation>
    </message>
    <message>
        <source>{where} is {text!r}: write yes or no</source>
        <translation>‏{where} میں {text!r} لکھا ہے: yes یا no لکھیں</translation>
    </message>
    <message>
        <source>{where}: measured</source>
        <translation>‏{where}: ناپی گئی مقدار</translation>
    </message>
    <message>
        <source>the count cannot end before it began (--counted-from, --counted-to)</source>
        <translation>گنتی شروع ہونے سے پہلے ختم نہیں ہو سکتی (--counted-from، --counted-to)</translation>
    </message>
    <message>
        <source>the count cannot end in the future (--counted-to)</source>
        <translation>گنتی مستقبل میں ختم نہیں ہو سکتی (--counted-to)</translation>
    </message>
    <message>
        <source>name who counted and who witnessed (--counted-by, --witnessed-by)</source>
        <translation>بتائیں کس نے گنا اور کس نے گواہی دی (--counted-by، --witnessed-by)</translation>
    </message>
    <message>
        <source>the count is of this report&apos;s attestation</source>
        <translation>گنتی اسی رپورٹ کے تصدیق نامے کی ہے</translation>
    </message>
    <message>
        <source>the count is of another attestation than this report&apos;s</source>
        <translation>گنتی اس رپورٹ کے تصدیق نامے کے بجائے کسی دوسرے تصدیق نامے کی ہے</translation>
    </message>
    <message>
        <source>no leaves given (--leaves): the sample was not re-derived and the results were not checked against the leaves</source>
        <translation>کوئی پتے نہیں دیے گئے (--leaves): نمونہ دوبارہ اخذ نہیں کیا گیا اور نتائج کی پتوں سے پڑتال نہیں ہوئی</translation>
    </message>
    <message>
        <source>your policy does not hold, so no signature can be trusted</source>
        <translation>آپ کی پالیسی درست نہیں، اس لیے کسی دستخط پر بھروسہ نہیں کیا جا سکتا</translation>
    </message>
    <message>
        <source>no auditor key of the trust policy verifies it</source>
        <translation>ٹرسٹ پالیسی کی کوئی آڈیٹر کلید اسے درست ثابت نہیں کرتی</translation>
    </message>
    <message>
        <source>the statement carries no commitment to the nonce: an auditor could have drawn several and kept the sample it liked (FORMAT.md §11.1)</source>
        <translation>بیان میں نانس کا کوئی عہد نہیں: ہو سکتا ہے آڈیٹر نے کئی نانس نکالے ہوں اور اپنی پسند کا نمونہ رکھ لیا ہو (FORMAT.md §11.1)</translation>
    </message>
    <message>
        <source>the nonce is the one the statement&apos;s auditor committed to</source>
        <translation>نانس وہی ہے جس کا بیان کے آڈیٹر نے عہد کیا تھا</translation>
    </message>
    <message>
        <source>the nonce is not the one the statement&apos;s auditor committed to (audit.nonce_commitment)</source>
        <translation>نانس وہ نہیں جس کا بیان کے آڈیٹر نے عہد کیا تھا (audit.nonce_commitment)</translation>
    </message>
    <message>
        <source>Tijori&apos;s defaults (FORMAT.md §11.3), or tighter</source>
        <translation>حدیں وہی ہیں جو Tijori نے طے کی ہیں (FORMAT.md §11.3)، یا ان سے سخت</translation>
    </message>
    <message>
        <source>the count sheets are written as .pdf or .csv, not {out}</source>
        <translation>گنتی شیٹیں .pdf یا .csv کی صورت میں لکھی جاتی ہیں، {out} نہیں</translation>
    </message>
    <message>
        <source>{where} is {text!r}: write the number without thousands separators (a point for decimals)</source>
        <translation>‏{where} میں {text!r} لکھا ہے: عدد ہزار کے فاصل کے بغیر لکھیں (اعشاریہ کے لیے نقطہ)</translation>
    </message>
    <message>
        <source>{where} is negative ({text})</source>
        <translation>‏{where} منفی ہے ({text})</translation>
    </message>
    <message>
        <source>{source} lacks the columns {missing}: fill in the CSV that `tijori audit sheet` writes</source>
        <translation>‏{source} میں کالم {missing} نہیں: وہ CSV بھریں جو `tijori audit sheet` لکھتا ہے</translation>
    </message>
    <message>
        <source>{source} has no row for {count} planned holding(s) (leaves {shown}{value}); a holding not found is written found = no</source>
        <translation>‏{source} میں منصوبے کی {count} ہولڈنگز کی کوئی قطار نہیں (پتے {shown}{value})؛ جو ہولڈنگ نہ ملے اس کے لیے found = no لکھا جاتا ہے</translation>
    </message>
    <message>
        <source>{where}: a row without a leaf is a bar found that the plan does not list; only bars are recorded so</source>
        <translation>‏{where}: پتے کے بغیر قطار ایسی بار ہے جو ملی مگر منصوبے میں درج نہیں؛ اس طرح صرف بارز درج ہوتی ہیں</translation>
    </message>
    <message>
        <source>{where}: a bar found that the plan does not list needs its site, serial and brand as read</source>
        <translation>‏{where}: جو بار ملے اور منصوبے میں درج نہ ہو، اس کی سائٹ، سیریل اور برانڈ جیسے پڑھے گئے ویسے لکھنا ضروری ہیں</translation>
    </message>
    <message>
        <source>{where}: found is blank: write yes or no</source>
        <translation>‏{where}: found خالی ہے: yes یا no لکھیں</translation>
    </message>
    <message>
        <source>{where}: a {kind} is measured in {MEASURED}, not {unit}</source>
        <translation>‏{where}: {kind} کی پیمائش {MEASURED} میں ہوتی ہے، {unit} میں نہیں</translation>
    </message>
    <message>
        <source>{where}: found is no, yet something was read or measured</source>
        <translation>‏{where}: found میں no لکھا ہے، پھر بھی کچھ پڑھا یا ناپا گیا</translation>
    </message>
    <message>
        <source>a tolerance is KIND[:COMMODITY]=LIMIT (bar:silver=0.1, tank=0.3%), not {text!r}</source>
        <translation>حدِ برداشت کی صورت قسم[:جنس]=حد ہے (bar:silver=0.1, tank=0.3%)، {text!r} نہیں</translation>
    </message>
    <message>
        <source>a tolerance cannot be negative ({text})</source>
        <translation>حدِ برداشت منفی نہیں ہو سکتی ({text})</translation>
    </message>
    <message>
        <source>the count began before the attestation&apos;s as-of ({as_of}): it cannot count its holdings</source>
        <translation>گنتی تصدیق نامے کی بتاریخ ({as_of}) سے پہلے شروع ہوئی: یہ اس کی ہولڈنگز نہیں گن سکتی</translation>
    </message>
    <message>
        <source>{count} planned holding(s) have no result (leaves {few}); a holding not found is recorded as not found</source>
        <translation>منصوبے کی {count} ہولڈنگز کا کوئی نتیجہ نہیں (پتے {few})؛ جو ہولڈنگ نہ ملے وہ «نہیں ملی» کے طور پر درج ہوتی ہے</translation>
    </message>
    <message>
        <source>{source} has members {document}, not attestation, certificate, format and version</source>
        <translation>‏{source} کے ارکان {document} ہیں، attestation، certificate، format اور version نہیں</translation>
    </message>
    <message>
        <source>the certificate of {source}</source>
        <translation>‏{source} کا سرٹیفکیٹ</translation>
    </message>
    <message>
        <source>its payload type is {payload_type!r}, not {PAYLOAD_TYPE}</source>
        <translation>اس کے مواد کی قسم {payload_type!r} ہے، {PAYLOAD_TYPE} نہیں</translation>
    </message>
    <message>
        <source>the certificate in {source}</source>
        <translation>‏{source} میں موجود سرٹیفکیٹ</translation>
    </message>
    <message>
        <source>counted from {value} to {to}, after the as-of {as_of}</source>
        <translation>گنتی {value} سے {to} تک ہوئی، بتاریخ {as_of} کے بعد</translation>
    </message>
    <message>
        <source>its nonce or method is malformed</source>
        <translation>اس کے نانس یا طریقے کی ساخت درست نہیں</translation>
    </message>
    <message>
        <source>n = {n} for {c} % confidence and a {r} % tolerable rate</source>
        <translation>اعتماد {c} % اور قابلِ برداشت شرح {r} % کے لیے n = {n}</translation>
    </message>
    <message>
        <source>the certificate says n = {sample_size}; {c} % and {r} % give {n}</source>
        <translation>سرٹیفکیٹ n = {sample_size} بتاتا ہے؛ {c} % اور {r} % سے {n} بنتا ہے</translation>
    </message>
    <message>
        <source>a result for each of the {count:,} holdings the seed chooses, and no other</source>
        <translation>سیڈ کی چنی ہوئی {count:,} ہولڈنگز میں سے ہر ایک کا نتیجہ، اور کسی اور کا نہیں</translation>
    </message>
    <message>
        <source>{exceptions} exception(s) found (a finding, not a verification failure): {conclusion}</source>
        <translation>‏{exceptions} استثنا ملے (یہ ایک مشاہدہ ہے، جانچ کی ناکامی نہیں): {conclusion}</translation>
    </message>
    <message>
        <source>looser than Tijori&apos;s defaults (FORMAT.md §11.3), so fewer weights read as exceptions: {looser}</source>
        <translation>حدیں Tijori کی طے شدہ حدوں (FORMAT.md §11.3) سے ڈھیلی ہیں، اس لیے کم وزن استثنا شمار ہوتے ہیں: {looser}</translation>
    </message>
    <message>
        <source>{where} is not a planned holding</source>
        <translation>‏{where} منصوبے کی ہولڈنگ نہیں</translation>
    </message>
    <message>
        <source>{where} is of an unknown kind</source>
        <translation>‏{where} کسی نامعلوم قسم کی ہے</translation>
    </message>
    <message>
        <source>{where} has more cells than the header</source>
        <translation>‏{where} میں ہیڈر سے زیادہ خانے ہیں</translation>
    </message>
    <message>
        <source>{where}: leaf {leaf!r} is not a holding of the plan</source>
        <translation>‏{where}: پتا {leaf!r} منصوبے کی ہولڈنگ نہیں</translation>
    </message>
    <message>
        <source>{where}: leaf {leaf} has a second row</source>
        <translation>‏{where}: پتے {leaf} کی دوسری قطار بھی ہے</translation>
    </message>
    <message>
        <source>{where}: leaf {leaf} is a {kind} at {site}, not a {kind2} at {site2}: Tijori&apos;s columns were changed</source>
        <translation>‏{where}: پتا {leaf}، {site} پر ایک {kind} ہے، {site2} پر {kind2} نہیں: Tijori کے کالم بدل دیے گئے</translation>
    </message>
    <message>
        <source>{where}: a {kind} found needs its {unread} as read</source>
        <translation>‏{where}: ملنے والی {kind} کا {unread} جیسا پڑھا گیا ویسا لکھنا ضروری ہے</translation>
    </message>
    <message>
        <source>{where}: a {kind} is always re-measured: give its {value} in {MEASURED}</source>
        <translation>‏{where}: {kind} کی ہمیشہ دوبارہ پیمائش ہوتی ہے: اس کا {value}، {MEASURED} میں دیں</translation>
    </message>
    <message>
        <source>the attestation in {source}</source>
        <translation>‏{source} میں موجود تصدیق نامہ</translation>
    </message>
    <message>
        <source>the count&apos;s times: {problem}</source>
        <translation>گنتی کے اوقات: {problem}</translation>
    </message>
    <message>
        <source>the plan the certificate states is malformed: {exc}</source>
        <translation>سرٹیفکیٹ میں بیان کردہ منصوبے کی ساخت درست نہیں: {exc}</translation>
    </message>
    <message>
        <source>the sample cannot be drawn from the leaves: {exc}</source>
        <translation>پتوں سے نمونہ نہیں نکالا جا سکتا: {exc}</translation>
    </message>
    <message>
        <source>leaf {index:,} is not in the leaves</source>
        <translation>پتا {index:,} پتوں میں موجود نہیں</translation>
    </message>
    <message>
        <source>leaf {index}</source>
        <translation>پتا {index}</translation>
    </message>
    <message>
        <source>the result for leaf {index:,} names {kind} {holding_id}; the leaf is {kind2} {id}</source>
        <translation>پتے {index:,} کا نتیجہ {kind} {holding_id} بتاتا ہے؛ جبکہ پتا {kind2} {id} ہے</translation>
    </message>
    <message>
        <source>leaf {index:,}: the certificate says {said}; the rules give {given}</source>
        <translation>پتا {index:,}: سرٹیفکیٹ کے مطابق {said}؛ قواعد کے مطابق {given}</translation>
    </message>
    <message>
        <source>{problems} (and {more} more)</source>
        <translation>‏{problems} (اور {more} مزید)</translation>
    </message>
    <message>
        <source>no result for leaves {leaves}</source>
        <translation>پتوں {leaves} کا کوئی نتیجہ نہیں</translation>
    </message>
    <message>
        <source>results for leaves {leaves}, which the seed does not choose</source>
        <translation>پتوں {leaves} کے نتائج، جنہیں سیڈ نہیں چنتا</translation>
    </message>
    <message>
        <source>leaves {leaves} are counted for the wrong reason</source>
        <translation>پتے {leaves} غلط وجہ کے تحت گنے گئے ہیں</translation>
    </message>
    <message>
        <source>a leaf has two results</source>
        <translation>ایک پتے کے دو نتائج ہیں</translation>
    </message>
    <message>
        <source>the population stated is not the leaves&apos;</source>
        <translation>بیان کردہ آبادی پتوں کی آبادی نہیں</translation>
    </message>
    <message>
        <source>no exception</source>
        <translation>کوئی استثنا نہیں</translation>
    </message>
    <message>
        <source>{source} names attestation {named} as its previous, not {source2}: the attestations between ({between}) were not given</source>
        <translation>‏{source} اپنے پچھلے کے طور پر تصدیق نامہ {named} کا نام لیتا ہے، {source2} کا نہیں: درمیان کے تصدیق نامے ({between}) نہیں دیے گئے</translation>
    </message>
    <message>
        <source>{source}&apos;s consistency proof starts from the journal of the attestation before it, not from {source2}&apos;s ({size} events): that the journal was only appended to between them is shown by verifying the whole series (tijori verify-chain)</source>
        <translation>‏{source} کا تسلسل کا ثبوت اپنے سے پہلے والے تصدیق نامے کے جرنل سے شروع ہوتا ہے، {source2} کے جرنل ({size} اندراجات) سے نہیں: ان دونوں کے درمیان جرنل میں صرف اضافہ ہوا، یہ پورے سلسلے کی جانچ سے ظاہر ہوتا ہے (tijori verify-chain)</translation>
    </message>
    <message>
        <source>the holdings added, removed and changed account for every change in the totals</source>
        <translation>شامل کی گئی، ہٹائی گئی اور بدلی گئی ہولڈنگز میزان کی ہر تبدیلی کی وضاحت کرتی ہیں</translation>
    </message>
    <message>
        <source>the holdings listed change {commodity} by {signed} {unit}, but the stated totals by {signed2} {unit}</source>
        <translation>درج ہولڈنگز سے {commodity} میں {signed} {unit} کی تبدیلی آتی ہے، مگر بیان کردہ میزان میں {signed2} {unit} کی</translation>
    </message>
    <message>
        <source>{path} holds the leaves of attestation {attestation_id}, not of {source} ({attestation_id2}){hint}</source>
        <translation>‏{path} میں تصدیق نامہ {attestation_id} کے پتے ہیں، {source} ({attestation_id2}) کے نہیں{hint}</translation>
    </message>
    <message>
        <source>the statement of {sources} cannot be read, so their relation cannot be checked</source>
        <translation>‏{sources} کا بیان پڑھا نہیں جا سکتا، اس لیے ان کے باہمی تعلق کی پڑتال نہیں ہو سکتی</translation>
    </message>
    <message>
        <source>{source} and {source2} are one attestation ({attestation_id}): nothing changed, and there is no link to check</source>
        <translation>‏{source} اور {source2} ایک ہی تصدیق نامہ ({attestation_id}) ہیں: کچھ نہیں بدلا، اور پڑتال کے لیے کوئی کڑی نہیں</translation>
    </message>
    <message>
        <source>{source} is of ledger {ledger_id} and {source2} of ledger {ledger_id2}: they are not one series, and their holding ids are unrelated</source>
        <translation>‏{source} لیجر {ledger_id} کا ہے اور {source2} لیجر {ledger_id2} کا: یہ ایک سلسلہ نہیں، اور ان کے ہولڈنگ نمبروں کا آپس میں کوئی تعلق نہیں</translation>
    </message>
    <message>
        <source>as of {as_of}, after {as_of2}</source>
        <translation>بتاریخ {as_of}، جو {as_of2} کے بعد ہے</translation>
    </message>
    <message>
        <source>{source} is as of {as_of}, before {source2} ({as_of2}): give the older one first</source>
        <translation>‏{source} بتاریخ {as_of} ہے، یعنی {source2} ({as_of2}) سے پہلے: پرانا تصدیق نامہ پہلے دیں</translation>
    </message>
    <message>
        <source>number {sequence} comes {value} after number {sequence2}, in one series of ledger {ledger_id}</source>
        <translation>نمبر {sequence}، نمبر {sequence2} سے {value} نمبر بعد آتا ہے، لیجر {ledger_id} کے ایک ہی سلسلے میں</translation>
    </message>
    <message>
        <source>the journal grew from {size} to {size2} events</source>
        <translation>جرنل {size} سے بڑھ کر {size2} اندراجات کا ہو گیا</translation>
    </message>
    <message>
        <source>the journal shrank from {size} to {size2} events</source>
        <translation>جرنل {size} سے گھٹ کر {size2} اندراجات کا رہ گیا</translation>
    </message>
    <message>
        <source>the comparison</source>
        <translation>موازنہ</translation>
    </message>
    <message>
        <source>{path} is a leaves file, not an attestation: give the attestations first, then their leaves after --leaves</source>
        <translation>‏{path} پتوں کی فائل ہے، تصدیق نامہ نہیں: پہلے تصدیق نامے دیں، پھر --leaves کے بعد ان کے پتے</translation>
    </message>
    <message>
        <source>{path} is not an attestation: it is {shown}</source>
        <translation>‏{path} تصدیق نامہ نہیں: یہ {shown} ہے</translation>
    </message>
    <message>
        <source>{source} and {source2} are both number {sequence} of the series of ledger {ledger_id}: a fork (two attestations with one number)</source>
        <translation>‏{source} اور {source2} دونوں لیجر {ledger_id} کے سلسلے کا نمبر {sequence} ہیں: سلسلہ دو شاخوں میں بٹ گیا (ایک نمبر کے دو تصدیق نامے)</translation>
    </message>
    <message>
        <source>{source} ({describe}) comes before {source2} ({describe2}): give the older one first</source>
        <translation>‏{source} ({describe})، {source2} ({describe2}) سے پہلے آتا ہے: پرانا تصدیق نامہ پہلے دیں</translation>
    </message>
    <message>
        <source>{path} is not an attestation: {exc}</source>
        <translation>‏{path} تصدیق نامہ نہیں: {exc}</translation>
    </message>
    <message>
        <source>{out} is a folder; name a file to write</source>
        <translation>‏{out} ایک فولڈر ہے؛ لکھنے کے لیے فائل کا نام دیں</translation>
    </message>
    <message>
        <source>cannot write {out}: {parent} {why}</source>
        <translation>فائل {out} نہیں لکھی جا سکتی: {parent} {why}</translation>
    </message>
    <message>
        <source>Cancelled: the export was stopped and {name} was not written.</source>
        <translation>منسوخ: برآمد روک دی گئی اور {name} نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <source>There is no site {code!r}; add it with `tijori site add`.</source>
        <translation>کوئی سائٹ {code!r} نہیں؛ اسے `tijori site add` سے شامل کریں۔</translation>
    </message>
    <message>
        <source>a count sheet is of bars or lots, not {kind!r}</source>
        <translation>گنتی شیٹ بارز یا لاٹس کی ہوتی ہے، {kind!r} کی نہیں</translation>
    </message>
    <message>
        <source>cannot tell the format of {out}: give it a .{formats} name, or a format ({names})</source>
        <translation>فائل {out} کا فارمیٹ معلوم نہیں ہو سکا: اسے .{formats} والا نام دیں، یا فارمیٹ ({names}) بتائیں</translation>
    </message>
    <message>
        <source>format {fmt!r} is not {names}</source>
        <translation>فارمیٹ {fmt!r} قابلِ قبول نہیں؛ فارمیٹ {names} ہونا چاہیے</translation>
    </message>
    <message>
        <source>the signed statement says reserves of {reserves}{ratio} the {required} its supply requires{short}</source>
        <translation>دستخط شدہ بیان کے مطابق {reserves} کے ذخائر{ratio} وہ {required} جو اس کی سپلائی کو درکار ہے{short}</translation>
    </message>
    <message>
        <source>Age at this verification ({at}): {age}</source>
        <translation>اس جانچ ({at}) کے وقت عمر: {age}</translation>
    </message>
    <message>
        <source>Programme: {name}, {count} member custodian(s)</source>
        <translation>پروگرام: {name}، {count} رکن کسٹوڈین</translation>
    </message>
    <message>
        <source>Programme policy version {version}</source>
        <translation>پروگرام پالیسی ورژن {version}</translation>
    </message>
    <message>
        <source>{name}: {custodian}, as of {as_of}, {size} holdings</source>
        <translation>‏{name}: {custodian}، بتاریخ {as_of}، {size} ہولڈنگز</translation>
    </message>
    <message>
        <source>{title}:</source>
        <translation>‏{title}:</translation>
    </message>
    <message>
        <source>Member custodians</source>
        <translation>رکن کسٹوڈین</translation>
    </message>
    <message>
        <source>Merkle tree of member attestations</source>
        <translation>ارکان کے تصدیق ناموں کا مرکل درخت</translation>
    </message>
    <message>
        <source>give your trust policy (--policy) to verify {path}: only a PDF report can be looked at without one</source>
        <translation>اپنی ٹرسٹ پالیسی (--policy) دیں تاکہ {path} کی جانچ ہو سکے: اس کے بغیر صرف PDF رپورٹ دیکھی جا سکتی ہے</translation>
    </message>
    <message>
        <source>a reference height goes with an ullage only</source>
        <translation>حوالہ اونچائی صرف الیج کے ساتھ دی جاتی ہے</translation>
    </message>
    <message>
        <source>temperature unit must be C or F</source>
        <translation>درجۂ حرارت کی اکائی C یا F ہونی چاہیے</translation>
    </message>
    <message>
        <source>a fixed-roof tank has no floating-roof adjustment</source>
        <translation>مستقل چھت والے ٹینک میں تیرتی چھت کی تصحیح نہیں ہوتی</translation>
    </message>
    <message>
        <source>give exactly one of the total observed volume (tov), the level (level_mm) or the ullage (ullage_mm); got {count}</source>
        <translation>کل مشاہدہ شدہ حجم (tov)، سطح (level_mm) یا الیج (ullage_mm) میں سے ٹھیک ایک دیں؛ {count} دیے گئے</translation>
    </message>
    <message>
        <source>tank {code} has no calibration table: store one with `tijori tank table {code} FILE.csv` (or give the total observed volume)</source>
        <translation>ٹینک {code} کا کوئی کیلیبریشن ٹیبل نہیں: `tijori tank table {code} FILE.csv` سے ایک محفوظ کریں (یا کل مشاہدہ شدہ حجم دیں)</translation>
    </message>
    <message>
        <source>the calibration table of tank {code} gives volumes in {unit}: the chain (free water, floating-roof adjustment) is in {unit} too</source>
        <translation>ٹینک {code} کا کیلیبریشن ٹیبل حجم {unit} میں دیتا ہے: حساب کا سلسلہ (آزاد پانی، تیرتی چھت کی تصحیح) بھی {unit} میں ہے</translation>
    </message>
    <message>
        <source>a holding of {source} has no kind and id</source>
        <translation>‏{source} کی ایک ہولڈنگ کی قسم اور نمبر موجود نہیں</translation>
    </message>
    <message>
        <source>the leaves of {source} cannot be read: {exc}</source>
        <translation>‏{source} کے پتے پڑھے نہیں جا سکتے: {exc}</translation>
    </message>
    <message>
        <source>a leaf of {source} has no holding kind and id: {exc}</source>
        <translation>‏{source} کے ایک پتے میں ہولڈنگ کی قسم اور نمبر موجود نہیں: {exc}</translation>
    </message>
    <message>
        <source>a holding of {source} cannot be read: {exc}</source>
        <translation>‏{source} کی ایک ہولڈنگ پڑھی نہیں جا سکتی: {exc}</translation>
    </message>
    <message>
        <source>{where} has a quantity without a commodity and unit</source>
        <translation>‏{where} میں جنس اور اکائی کے بغیر مقدار ہے</translation>
    </message>
    <message>
        <source>a quantity of {where}</source>
        <translation>‏{where} کی ایک مقدار</translation>
    </message>
    <message>
        <source>{opening}: {parts}; {hint}</source>
        <translation>‏{opening}: {parts}؛ {hint}</translation>
    </message>
    <message>
        <source>give a holding: its serial, warrant, tank or gas code, or #id</source>
        <translation>ہولڈنگ بتائیں: اس کا سیریل، وارنٹ، ٹینک یا گیس کوڈ، یا #نمبر</translation>
    </message>
    <message>
        <source>There is no holding {shown} in this ledger: no holding id, bar serial, lot warrant, tank or gas code is that.</source>
        <translation>اس لیجر میں کوئی ہولڈنگ {shown} نہیں: کوئی ہولڈنگ نمبر، بار سیریل، لاٹ وارنٹ، ٹینک یا گیس کوڈ ایسا نہیں۔</translation>
    </message>
    <message>
        <source>kind {kind!r} is not one of {KINDS}</source>
        <translation>قسم {kind!r}، {KINDS} میں سے نہیں</translation>
    </message>
    <message>
        <source>{shown} is {names}: none of {wanted}.</source>
        <translation>‏{shown} یہ ہے: {names}؛ ان میں سے کوئی بھی {wanted} سے مطابقت نہیں رکھتی۔</translation>
    </message>
    <message>
        <source>There is no holding {shown} in this ledger.</source>
        <translation>اس لیجر میں کوئی ہولڈنگ {shown} نہیں۔</translation>
    </message>
    <message>
        <source>cannot read the holdings file {path}: {strerror}</source>
        <translation>ہولڈنگز کی فائل {path} پڑھی نہیں جا سکتی: {strerror}</translation>
    </message>
    <message>
        <source>the holdings file {path} is not UTF-8 text</source>
        <translation>ہولڈنگز کی فائل {path} UTF-8 متن نہیں</translation>
    </message>
    <message>
        <source>the check</source>
        <translation>پڑتال</translation>
    </message>
    <message>
        <source>a bar conflicts with one already held</source>
        <translation>ایک بار پہلے سے تحویل میں موجود بار سے متصادم ہے</translation>
    </message>
    <message>
        <source>cannot read {path}: {strerror}</source>
        <translation>فائل {path} پڑھی نہیں جا سکتی: {strerror}</translation>
    </message>
    <message>
        <source>there is no site {code!r}; add it with `tijori site add`</source>
        <translation>کوئی سائٹ {code!r} نہیں؛ اسے `tijori site add` سے شامل کریں</translation>
    </message>
    <message>
        <source>site {code} is a {kind}; bars belong in a {names}</source>
        <translation>سائٹ {code} ایک {kind} ہے؛ بارز {names} میں رکھی جاتی ہیں</translation>
    </message>
    <message>
        <source>is not UTF-8 text (the file ends inside a character)</source>
        <translation>‏UTF-8 متن نہیں (فائل کسی حرف کے بیچ میں ختم ہو جاتی ہے)</translation>
    </message>
    <message>
        <source>already held as holding {id}</source>
        <translation>پہلے سے ہولڈنگ {id} کے طور پر تحویل میں</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {start})</source>
        <translation>‏UTF-8 متن نہیں (بائٹ {start})</translation>
    </message>
    <message>
        <source>name a holding: its id, serial, warrant or code</source>
        <translation>ہولڈنگ بتائیں: اس کا نمبر، سیریل، وارنٹ یا کوڈ</translation>
    </message>
    <message>
        <source>since ({since}) is after until ({until})</source>
        <translation>آغاز کا وقت ({since}) اختتام کے وقت ({until}) کے بعد ہے</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>برآمد</translation>
    </message>
    <message>
        <source>format {fmt!r} is not one of {FORMATS}</source>
        <translation>فارمیٹ {fmt!r} ان میں سے نہیں ہے: {FORMATS}</translation>
    </message>
    <message>
        <source>there is no event kind {unknown!r}; the kinds are {kinds}</source>
        <translation>اندراج کی کوئی قسم {unknown!r} نہیں ہے؛ قسمیں یہ ہیں: {kinds}</translation>
    </message>
    <message>
        <source>{field} {text!r} is not a date such as 2026-12-05</source>
        <translation>‏{field} {text!r} کوئی تاریخ نہیں ہے، جیسے 2026-12-05</translation>
    </message>
    <message>
        <source>{field} {text!r} is not a time such as 2026-12-05 09:14</source>
        <translation>‏{field} {text!r} کوئی وقت نہیں ہے، جیسے 2026-12-05 09:14</translation>
    </message>
    <message>
        <source>{field} {text!r} is not a date (2026-12-05), a UTC time (2026-12-05 09:14) or an RFC 3339 time (2026-12-05T09:14:00Z)</source>
        <translation>‏{field} {text!r} نہ تاریخ (2026-12-05) ہے، نہ UTC وقت (2026-12-05 09:14) اور نہ RFC 3339 وقت (2026-12-05T09:14:00Z)</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>‏{folder} فولڈر نہیں</translation>
    </message>
    <message>
        <source>the shares give key {keyid}, not {expected}: they are of another key, or the SLIP-39 passphrase is not theirs</source>
        <translation>حصوں سے کلید {keyid} بنتی ہے، {expected} نہیں: یہ کسی اور کلید کے ہیں، یا SLIP-39 پاس فریز ان کا نہیں</translation>
    </message>
    <message>
        <source>algorithm {algorithm!r} is not one of {ALGORITHMS}</source>
        <translation>الگورتھم {algorithm!r} ان میں سے نہیں ہے: {ALGORITHMS}</translation>
    </message>
    <message>
        <source>a CA issues certificates to p256 report-signing keys only; an {algorithm} key has no certificate</source>
        <translation>‏CA صرف p256 رپورٹ دستخط کرنے والی کلیدوں کو سرٹیفکیٹ جاری کرتا ہے؛ {algorithm} کلید کا کوئی سرٹیفکیٹ نہیں ہوتا</translation>
    </message>
    <message>
        <source>the CA {certificate_subject} is not valid now: its certificate is valid from {format_time} to {format_time2}</source>
        <translation>‏CA {certificate_subject} اس وقت مؤثر نہیں ہے: اس کا سرٹیفکیٹ {format_time} سے {format_time2} تک مؤثر ہے</translation>
    </message>
    <message>
        <source>CA key {ca_path}</source>
        <translation>‏CA کلید {ca_path}</translation>
    </message>
    <message>
        <source>{ca_path} is not a CA key: a CA key is p256, with its CA certificate beside it ({crt}), as `tijori ca new` makes it</source>
        <translation>‏{ca_path} کوئی CA کلید نہیں ہے: CA کلید p256 ہوتی ہے اور اس کے ساتھ اس کا CA سرٹیفکیٹ ({crt}) رکھا ہوتا ہے، جیسا کہ `tijori ca new` اسے بناتا ہے</translation>
    </message>
    <message>
        <source>{crt} is not the certificate of the CA key {ca_path}</source>
        <translation>‏{crt} اس CA کلید {ca_path} کا سرٹیفکیٹ نہیں ہے</translation>
    </message>
    <message>
        <source>the CA key {ca_path} needs its passphrase</source>
        <translation>‏CA کلید {ca_path} کو اپنا پاس فریز درکار ہے</translation>
    </message>
    <message>
        <source>a CA certificate is valid 1 to {MAX_CA_YEARS} years, not {years}</source>
        <translation>‏CA سرٹیفکیٹ 1 سے {MAX_CA_YEARS} سال تک مؤثر ہوتا ہے، {years} نہیں</translation>
    </message>
    <message>
        <source>{path} is not the certificate of {key_path}</source>
        <translation>‏{path} کلید {key_path} کا سرٹیفکیٹ نہیں ہے</translation>
    </message>
    <message>
        <source>{path} was issued by {certificate_issuer}, but that CA&apos;s certificate is not beside it ({ca_path})</source>
        <translation>‏{path} کو {certificate_issuer} نے جاری کیا ہے، لیکن اس CA کا سرٹیفکیٹ اس کے ساتھ موجود نہیں ({ca_path})</translation>
    </message>
    <message>
        <source>{path} is not a Tijori key file or public key</source>
        <translation>‏{path} نہ Tijori کی کلید فائل ہے نہ عوامی کلید</translation>
    </message>
    <message>
        <source>{path} already exists; refusing to overwrite it</source>
        <translation>‏{path} پہلے سے موجود ہے؛ اس کے اوپر نہیں لکھا جائے گا</translation>
    </message>
    <message>
        <source>{ca_path} is not a CA key: {crt}: {exc}</source>
        <translation>‏{ca_path} کوئی CA کلید نہیں ہے: {crt}: {exc}</translation>
    </message>
    <message>
        <source>{ca_path} is not the CA that issued {path}: {exc}</source>
        <translation>‏{ca_path} وہ CA نہیں ہے جس نے {path} جاری کیا: {exc}</translation>
    </message>
    <message>
        <source>key file {path}</source>
        <translation>کلید فائل {path}</translation>
    </message>
    <message>
        <source>{certificate_path} is not the certificate of {key_path}</source>
        <translation>‏{certificate_path} کلید {key_path} کا سرٹیفکیٹ نہیں ہے</translation>
    </message>
    <message>
        <source>the policy replacing {replaces} (version {version}) is version {value}, not {version2}</source>
        <translation>پالیسی {replaces} (ورژن {version}) کی جگہ لینے والی پالیسی کا ورژن {value} ہونا چاہیے، {version2} نہیں</translation>
    </message>
    <message>
        <source>{path} (version {version}) does not follow {pinned} (version {version2})</source>
        <translation>‏{path} (ورژن {version}) مقرر شدہ {pinned} (ورژن {version2}) کے بعد کا ورژن نہیں ہے</translation>
    </message>
    <message>
        <source>key {name} is not an admin key of this policy or of the pinned one; only admins sign a policy</source>
        <translation>کلید {name} نہ اس پالیسی کی منتظم کلید ہے نہ مقرر شدہ پالیسی کی؛ پالیسی پر صرف منتظمین دستخط کرتے ہیں</translation>
    </message>
    <message>
        <source>key {name} is not an admin key of this policy; only admins sign a policy</source>
        <translation>کلید {name} اس پالیسی کی منتظم کلید نہیں؛ پالیسی پر صرف منتظمین دستخط کرتے ہیں</translation>
    </message>
    <message>
        <source>There is no site {site!r}.</source>
        <translation>کوئی سائٹ {site!r} نہیں ہے۔</translation>
    </message>
    <message>
        <source>{field_name} must be at most {limit} printable characters</source>
        <translation>‏{field_name} زیادہ سے زیادہ {limit} قابلِ طباعت حروف کا ہو سکتا ہے</translation>
    </message>
    <message>
        <source>movement kind {kind!r} is not one of {KINDS}</source>
        <translation>نقل و حرکت کی قسم {kind!r} ان میں سے نہیں ہے: {KINDS}</translation>
    </message>
    <message>
        <source>the signers state that {identities} identities (bars: {bars}, lots: {lots}, tanks: {tanks}) were checked and none is counted twice</source>
        <translation>دستخط کنندگان کہتے ہیں کہ {identities} شناختیں (بار: {bars}، لاٹ: {lots}، ٹینک: {tanks}) جانچی گئیں اور کوئی دو بار نہیں گنی گئی</translation>
    </message>
    <message>
        <source>{stem!r} cannot be used as a file name stem</source>
        <translation>‏{stem!r} کو فائل کے نام کی بنیاد کے طور پر استعمال نہیں کیا جا سکتا</translation>
    </message>
    <message>
        <source>the scale must be at least 1 pixel per module, not {scale}</source>
        <translation>پیمانہ کم از کم 1 پکسل فی ماڈیول ہونا چاہیے، {scale} نہیں</translation>
    </message>
    <message>
        <source>no readable QR code was found in {path}</source>
        <translation>فائل {path} میں کوئی پڑھنے کے قابل QR کوڈ نہیں ملا</translation>
    </message>
    <message>
        <source>{count} characters do not fit in one QR code; use smaller parts</source>
        <translation>‏{count} حروف ایک QR کوڈ میں نہیں سماتے؛ چھوٹے حصے استعمال کریں</translation>
    </message>
    <message>
        <source>{path} already exists; choose another folder or stem</source>
        <translation>‏{path} پہلے سے موجود ہے؛ کوئی دوسرا فولڈر یا نام کی بنیاد منتخب کریں</translation>
    </message>
    <message>
        <source>cannot create the folder {out_dir}: {strerror}</source>
        <translation>فولڈر {out_dir} نہیں بنایا جا سکتا: {strerror}</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>‏{path} موجود نہیں ہے</translation>
    </message>
    <message>
        <source>{path} is not an image that can be read</source>
        <translation>‏{path} پڑھنے کے قابل تصویر نہیں ہے</translation>
    </message>
    <message>
        <source>cannot read {path}: {value}</source>
        <translation>فائل {path} نہیں پڑھی جا سکتی: {value}</translation>
    </message>
    <message>
        <source>give the gross weight once: gross_oz or gross_kg</source>
        <translation>مجموعی وزن ایک ہی بار دیں: gross_oz یا gross_kg</translation>
    </message>
    <message>
        <source>gas kind must be storage or lng</source>
        <translation>گیس کی قسم storage یا lng ہونی چاہیے</translation>
    </message>
    <message>
        <source>name at least one holding</source>
        <translation>کم از کم ایک ہولڈنگ بتائیں</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>‏{field} درکار ہے</translation>
    </message>
    <message>
        <source>{field} must be at most {limit} printable characters</source>
        <translation>‏{field} زیادہ سے زیادہ {limit} قابلِ طباعت حروف کا ہو سکتا ہے</translation>
    </message>
    <message>
        <source>site {code} is a {kind}; this holding belongs in a {kinds}</source>
        <translation>سائٹ {code} ایک {kind} ہے؛ یہ ہولڈنگ {kinds} میں ہونی چاہیے</translation>
    </message>
    <message>
        <source>{field} must carry a time zone (e.g. Z for UTC)</source>
        <translation>‏{field} میں ٹائم زون ہونا چاہیے (مثلاً UTC کے لیے Z)</translation>
    </message>
    <message>
        <source>site {code} already exists</source>
        <translation>سائٹ {code} پہلے سے موجود ہے</translation>
    </message>
    <message>
        <source>commodity {commodity!r} is not one of {TANK_COMMODITIES}</source>
        <translation>جنس {commodity!r} ان میں سے نہیں ہے: {TANK_COMMODITIES}</translation>
    </message>
    <message>
        <source>roof {roof!r} is not one of {ROOFS}</source>
        <translation>چھت {roof!r} ان میں سے نہیں ہے: {ROOFS}</translation>
    </message>
    <message>
        <source>shell {shell!r} is not one of {SHELLS}</source>
        <translation>شیل {shell!r} ان میں سے نہیں ہے: {SHELLS}</translation>
    </message>
    <message>
        <source>There is no holding {holding_id} in this ledger.</source>
        <translation>اس لیجر میں کوئی ہولڈنگ {holding_id} نہیں ہے۔</translation>
    </message>
    <message>
        <source>holding {id} is a {kind}: its quantity changes by a new {value}, not by {action}</source>
        <translation>ہولڈنگ {id} ایک {kind} ہے: اس کی مقدار نئی {value} سے بدلتی ہے، {action} سے نہیں</translation>
    </message>
    <message>
        <source>{count:,} holdings are named, but one {action} moves at most {MAX_PER_EVENT:,}: split the list</source>
        <translation>‏{count:,} ہولڈنگز بتائی گئی ہیں، لیکن ایک {action} میں زیادہ سے زیادہ {MAX_PER_EVENT:,} منتقل ہو سکتی ہیں: فہرست کو حصوں میں بانٹیں</translation>
    </message>
    <message>
        <source>a bar has no bundles or tonnes; adjust gross_oz or fineness</source>
        <translation>بار میں بنڈل یا ٹن نہیں ہوتے؛ gross_oz یا fineness کی تصحیح کریں</translation>
    </message>
    <message>
        <source>a lot has no ounces or fineness; adjust gross_t or net_t</source>
        <translation>لاٹ میں اونس یا خالصیت نہیں ہوتی؛ gross_t یا net_t کی تصحیح کریں</translation>
    </message>
    <message>
        <source>the adjustment changes nothing on holding {id}</source>
        <translation>یہ تصحیح ہولڈنگ {id} میں کچھ نہیں بدلتی</translation>
    </message>
    <message>
        <source>warrant {warrant} is already held</source>
        <translation>وارنٹ {warrant} پہلے سے تحویل میں ہے</translation>
    </message>
    <message>
        <source>VCF group {group!r} is not one of {choices}</source>
        <translation>‏VCF گروپ {group!r} ان میں سے نہیں ہے: {choices}</translation>
    </message>
    <message>
        <source>tank {code} already exists</source>
        <translation>ٹینک {code} پہلے سے موجود ہے</translation>
    </message>
    <message>
        <source>{code} is already a {row} inventory at site {row2}</source>
        <translation>‏{code} پہلے سے سائٹ {row2} پر ایک {row} انوینٹری ہے</translation>
    </message>
    <message>
        <source>{field} {value!r} is not an RFC 3339 time such as 2026-11-25T09:30:00Z</source>
        <translation>‏{field} {value!r} کوئی RFC 3339 وقت نہیں ہے، جیسے 2026-11-25T09:30:00Z</translation>
    </message>
    <message>
        <source>holding {id} ({label}) is named twice, as entries {first} and {number}</source>
        <translation>ہولڈنگ {id} ({label}) دو بار بتائی گئی ہے، اندراجات {first} اور {number} میں</translation>
    </message>
    <message>
        <source>holding {id} is already at {site} {location}</source>
        <translation>ہولڈنگ {id} پہلے سے {site} {location} پر ہے</translation>
    </message>
    <message>
        <source>holding {holding} is not in the attestation&apos;s leaves</source>
        <translation>ہولڈنگ {holding} تصدیق نامے کے پتوں میں نہیں ہے</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>رپورٹ</translation>
    </message>
    <message>
        <source>No report from an attestation that does not verify: {failures}.</source>
        <translation>جس تصدیق نامے کی جانچ درست نہ نکلے اس سے کوئی رپورٹ نہیں بنتی: {failures}۔</translation>
    </message>
    <message>
        <source>key {name} is not a report-signer of the policy; add it with `tijori policy new --report-signer PUBFILE`</source>
        <translation>کلید {name} پالیسی میں رپورٹ دستخط کنندہ نہیں ہے؛ اسے `tijori policy new --report-signer PUBFILE` سے شامل کریں</translation>
    </message>
    <message>
        <source>No report with a count that does not verify: {failures}.</source>
        <translation>جس گنتی کی جانچ درست نہ نکلے اس کے ساتھ کوئی رپورٹ نہیں بنتی: {failures}۔</translation>
    </message>
    <message>
        <source>the actor name must be 1 to 100 printable characters</source>
        <translation>کام کرنے والے کا نام 1 سے 100 قابلِ طباعت حروف کا ہونا چاہیے</translation>
    </message>
    <message>
        <source>the leaves add up to the stated totals</source>
        <translation>پتوں کا جوڑ بیان کردہ میزان کے برابر ہے</translation>
    </message>
    <message>
        <source>the leaves do not add up to the stated totals</source>
        <translation>پتوں کا جوڑ بیان کردہ میزان کے برابر نہیں ہے</translation>
    </message>
    <message>
        <source>in the order of FORMAT.md §4.1</source>
        <translation>FORMAT.md §4.1 کی ترتیب میں</translation>
    </message>
    <message>
        <source>every leaf is of a site the statement lists</source>
        <translation>ہر پتا ایسی سائٹ کا ہے جو بیان میں درج ہے</translation>
    </message>
    <message>
        <source>each token&apos;s coverage follows from the stated totals and supply</source>
        <translation>ہر ٹوکن کا احاطہ بیان کردہ میزان اور سپلائی سے نکلتا ہے</translation>
    </message>
    <message>
        <source>the stated coverage does not follow from the stated totals and supply</source>
        <translation>بیان کردہ احاطہ بیان کردہ میزان اور سپلائی سے نہیں نکلتا</translation>
    </message>
    <message>
        <source>your key was valid at the as-of</source>
        <translation>بتاریخ کے وقت آپ کی کلید مؤثر تھی</translation>
    </message>
    <message>
        <source>every holding of the ledger</source>
        <translation>لیجر کی تمام ہولڈنگز</translation>
    </message>
    <message>
        <source>only a valid successor of the pinned policy can be accepted</source>
        <translation>صرف مقرر شدہ پالیسی کا درست جانشین ہی قبول کیا جا سکتا ہے</translation>
    </message>
    <message>
        <source>a leaf of the request spans several lines</source>
        <translation>درخواست کا ایک پتا کئی سطروں پر پھیلا ہوا ہے</translation>
    </message>
    <message>
        <source>made under the pinned policy (version {version})</source>
        <translation>مقرر شدہ پالیسی (ورژن {version}) کے تحت بنی</translation>
    </message>
    <message>
        <source>your key signs as {usable}</source>
        <translation>آپ کی کلید بطور {usable} دستخط کرتی ہے</translation>
    </message>
    <message>
        <source>Refusing to sign: {reasons}.</source>
        <translation>دستخط سے انکار: {reasons}۔</translation>
    </message>
    <message>
        <source>The policy given is a new version of the pinned one: review its changes and pin it first.</source>
        <translation>دی گئی پالیسی مقرر شدہ پالیسی کا نیا ورژن ہے: پہلے اس کی تبدیلیوں کا جائزہ لیں اور اسے مقرر کریں۔</translation>
    </message>
    <message>
        <source>Not signed: the signer declined.</source>
        <translation>دستخط نہیں ہوئے: دستخط کنندہ نے انکار کر دیا۔</translation>
    </message>
    <message>
        <source>Refusing the policy: {reasons}.</source>
        <translation>پالیسی مسترد: {reasons}۔</translation>
    </message>
    <message>
        <source>{size} leaves give root {root}…</source>
        <translation>‏{size} پتوں سے جڑ {root}… حاصل ہوتی ہے</translation>
    </message>
    <message>
        <source>{size} leaves give root {root}…, not the stated one</source>
        <translation>‏{size} پتوں سے جڑ {root}… حاصل ہوتی ہے، بیان کردہ جڑ نہیں</translation>
    </message>
    <message>
        <source>the statement&apos;s {future} is in the future by this PC&apos;s clock ({rfc3339})</source>
        <translation>اس کمپیوٹر کی گھڑی ({rfc3339}) کے مطابق بیان کا {future} مستقبل میں ہے</translation>
    </message>
    <message>
        <source>your key {problem}: it cannot attest to that time</source>
        <translation>آپ کی کلید {problem}: یہ اس وقت کا تصدیق نامہ نہیں بنا سکتی</translation>
    </message>
    <message>
        <source>this request was made under another policy than the one pinned here ({policy_sha256}… vs {digest}…)</source>
        <translation>یہ درخواست یہاں مقرر شدہ پالیسی کے بجائے کسی اور پالیسی کے تحت بنی ہے ({policy_sha256}… بمقابلہ {digest}…)</translation>
    </message>
    <message>
        <source>this request is not for your key: it asks for {value}, you hold {value2}</source>
        <translation>یہ درخواست آپ کی کلید کے لیے نہیں ہے: یہ {value} مانگتی ہے، آپ کے پاس {value2} ہے</translation>
    </message>
    <message>
        <source>your key {problem}</source>
        <translation>آپ کی کلید {problem}</translation>
    </message>
    <message>
        <source>sites {sites} only, not every holding of the ledger</source>
        <translation>صرف سائٹس {sites}، لیجر کی تمام ہولڈنگز نہیں</translation>
    </message>
    <message>
        <source>the statement binds the nonce of an auditor&apos;s count: commitment {nonce_commitment} (`tijori audit commit` printed it to the auditor who drew it)</source>
        <translation>بیان ایک آڈیٹر کی گنتی کے نانس کو باندھتا ہے: عہد {nonce_commitment} (`tijori audit commit` نے اسے نانس نکالنے والے آڈیٹر کے لیے چھاپا تھا)</translation>
    </message>
    <message>
        <source>{key_path} changed since the request was checked; load the request again</source>
        <translation>‏{key_path} درخواست کی پڑتال کے بعد بدل گئی ہے؛ درخواست دوبارہ لوڈ کریں</translation>
    </message>
    <message>
        <source>this signer remembers nothing of ledger {ledger_id}</source>
        <translation>اس دستخط کنندہ کے پاس لیجر {ledger_id} کا کوئی ریکارڈ نہیں ہے</translation>
    </message>
    <message>
        <source>{split} not checked: the request carries no leaves</source>
        <translation>‏{split} کی پڑتال نہیں ہوئی: درخواست میں کوئی پتے نہیں ہیں</translation>
    </message>
    <message>
        <source>the as-of {as_of} is after the statement was made ({created})</source>
        <translation>بتاریخ کا وقت {as_of} بیان بننے ({created}) کے بعد کا ہے</translation>
    </message>
    <message>
        <source>as of {as_of}, made {created}</source>
        <translation>بتاریخ {as_of}، بنا {created}</translation>
    </message>
    <message>
        <source>as-of</source>
        <translation>بتاریخ کا وقت</translation>
    </message>
    <message>
        <source>creation time</source>
        <translation>بننے کا وقت</translation>
    </message>
    <message>
        <source>per-token quantity must be greater than 0</source>
        <translation>فی ٹوکن مقدار 0 سے زیادہ ہونی چاہیے</translation>
    </message>
    <message>
        <source>supply must not be negative</source>
        <translation>سپلائی منفی نہیں ہو سکتی</translation>
    </message>
    <message>
        <source>token symbol {symbol!r} must be 1 to 16 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>ٹوکن کی علامت {symbol!r} میں 1 سے 16 حروف، ہندسے، &apos;.&apos;، &apos;_&apos; یا &apos;-&apos; ہونے چاہئیں</translation>
    </message>
    <message>
        <source>commodity {commodity!r} is not one of {COMMODITIES}</source>
        <translation>جنس {commodity!r} ان میں سے نہیں ہے: {COMMODITIES}</translation>
    </message>
    <message>
        <source>per-token {per_token!r} must be a quantity and a unit, e.g. &apos;1 ozt&apos;</source>
        <translation>فی ٹوکن {per_token!r} میں مقدار اور اکائی ہونی چاہیے، مثلاً &apos;1 ozt&apos;</translation>
    </message>
    <message>
        <source>unit {parts!r} is not one of {ALL_UNITS}</source>
        <translation>اکائی {parts!r} ان میں سے نہیں ہے: {ALL_UNITS}</translation>
    </message>
    <message>
        <source>the leaves are in the order of FORMAT.md §4.1: by kind, then holding id</source>
        <translation>پتے FORMAT.md §4.1 کی ترتیب میں ہیں: پہلے قسم، پھر ہولڈنگ نمبر کے لحاظ سے</translation>
    </message>
    <message>
        <source>its {future} are in the future (your clock says {now})</source>
        <translation>اس کے {future} مستقبل میں ہیں (آپ کی گھڑی کے مطابق {now})</translation>
    </message>
    <message>
        <source>proof of holding {holding}</source>
        <translation>ہولڈنگ {holding} کا ثبوت</translation>
    </message>
    <message>
        <source>its {name} is not a count</source>
        <translation>اس کا {name} گنتی نہیں</translation>
    </message>
    <message>
        <source>the leaf of {source}</source>
        <translation>‏{source} کا پتا</translation>
    </message>
    <message>
        <source>the leaf of holding {holding} in {source}</source>
        <translation>‏{source} میں ہولڈنگ {holding} کا پتا</translation>
    </message>
    <message>
        <source>the envelope of {source}</source>
        <translation>‏{source} کا لفافہ</translation>
    </message>
    <message>
        <source>older policy {number}</source>
        <translation>پرانی پالیسی {number}</translation>
    </message>
    <message>
        <source>not covered by this attestation</source>
        <translation>اس تصدیق نامے میں شامل نہیں</translation>
    </message>
    <message>
        <source>Reserves attested</source>
        <translation>تصدیق شدہ ذخائر</translation>
    </message>
    <message>
        <source>Token coverage</source>
        <translation>ٹوکن کا احاطہ</translation>
    </message>
    <message>
        <source>No holdings are in the scope of this attestation.</source>
        <translation>اس تصدیق نامے کے دائرے میں کوئی ہولڈنگ نہیں۔</translation>
    </message>
    <message>
        <source>This attestation backs no token.</source>
        <translation>یہ تصدیق نامہ کسی ٹوکن کی پشت پناہی نہیں کرتا۔</translation>
    </message>
    <message>
        <source>Merkle tree of holdings</source>
        <translation>ہولڈنگز کا مرکل درخت</translation>
    </message>
    <message>
        <source>of {name}</source>
        <translation>‏{name}</translation>
    </message>
    <message>
        <source>Custodian: {name}, ledger {ledger_id}</source>
        <translation>کسٹوڈین: {name}، لیجر {ledger_id}</translation>
    </message>
    <message>
        <source>As of (UTC): {as_of}</source>
        <translation>بتاریخ (UTC): {as_of}</translation>
    </message>
    <message>
        <source>Attestation id: {id}</source>
        <translation>تصدیق نامہ شناخت: {id}</translation>
    </message>
    <message>
        <source>Attestation {sequence} in its series</source>
        <translation>اپنے سلسلے کا تصدیق نامہ نمبر {sequence}</translation>
    </message>
    <message>
        <source>Trust policy version {version}</source>
        <translation>ٹرسٹ پالیسی ورژن {version}</translation>
    </message>
    <message>
        <source>Scope: {sites}; {commodities} (not every holding of the ledger)</source>
        <translation>دائرہ: {sites}؛ {commodities} (لیجر کی ہر ہولڈنگ نہیں)</translation>
    </message>
    <message>
        <source>of fine {name}</source>
        <translation>خالص {name}</translation>
    </message>
    <message>
        <source>of {name}, net weight</source>
        <translation>‏{name}، صافی وزن</translation>
    </message>
    <message>
        <source>of {name}, net standard volume</source>
        <translation>‏{name}، صافی معیاری حجم</translation>
    </message>
    <message>
        <source>of {name}, energy</source>
        <translation>‏{name}، توانائی</translation>
    </message>
    <message>
        <source>{quantity} {unit} {what}</source>
        <translation>‏{quantity} {unit} {what}</translation>
    </message>
    <message>
        <source>{symbol} supply {supply} × {per} = {required} required; reserves {reserves}</source>
        <translation>‏{symbol} سپلائی {supply} × {per} = {required} درکار؛ ذخائر {reserves}</translation>
    </message>
    <message>
        <source>SHORTFALL of {shortfall}</source>
        <translation>کمی: {shortfall}</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>کوئی سائٹ نہیں</translation>
    </message>
    <message>
        <source>site {names}</source>
        <translation>سائٹ {names}</translation>
    </message>
    <message>
        <source>sites {names}</source>
        <translation>سائٹس {names}</translation>
    </message>
    <message>
        <source>no commodity</source>
        <translation>کوئی جنس نہیں</translation>
    </message>
    <message>
        <source>commodity {names}</source>
        <translation>جنس {names}</translation>
    </message>
    <message>
        <source>commodities {names}</source>
        <translation>اجناس {names}</translation>
    </message>
    <message>
        <source>Scope: all holdings of the ledger</source>
        <translation>دائرہ: لیجر کی تمام ہولڈنگز</translation>
    </message>
    <message>
        <source>{quantity} {unit} ({also}) {what}</source>
        <translation>‏{quantity} {unit} ({also}) {what}</translation>
    </message>
    <message>
        <source>nothing required</source>
        <translation>کچھ درکار نہیں</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>پورا ہے</translation>
    </message>
    <message>
        <source>{lead} {state}</source>
        <translation>‏{lead} {state}</translation>
    </message>
    <message>
        <source>Merkle root: {root}</source>
        <translation>مرکل جڑ: {root}</translation>
    </message>
    <message>
        <source>{lead} NO SUPPLY RECORDED, coverage not shown</source>
        <translation>‏{lead} کوئی سپلائی درج نہیں، احاطہ نہیں دکھایا گیا</translation>
    </message>
    <message>
        <source>{symbol} reserves {reserves}</source>
        <translation>‏{symbol} ذخائر {reserves}</translation>
    </message>
    <message>
        <source>Tree size: 1 leaf</source>
        <translation>درخت کا سائز: 1 پتا</translation>
    </message>
    <message>
        <source>Tree size: {count} leaves</source>
        <translation>درخت کا سائز: {count} پتے</translation>
    </message>
    <message>
        <source>its content differs from the rebuilt cover&apos;s at byte {at}</source>
        <translation>اس کا مواد دوبارہ بنائے گئے سرورق سے بائٹ {at} پر مختلف ہے</translation>
    </message>
    <message>
        <source>the rebuilt cover has annotations, which this check does not allow</source>
        <translation>دوبارہ بنائے گئے سرورق پر حاشیے ہیں، جن کی یہ پڑتال اجازت نہیں دیتی</translation>
    </message>
    <message>
        <source>its /Annots is not an array</source>
        <translation>اس کا /Annots فہرست نہیں</translation>
    </message>
    <message>
        <source>its /Contents is not a content stream</source>
        <translation>اس کا /Contents مواد کی لڑی نہیں</translation>
    </message>
    <message>
        <source>page 1 carries {widgets} signature widgets; a report has at most one</source>
        <translation>صفحہ 1 پر {widgets} دستخطی خانے ہیں؛ رپورٹ میں زیادہ سے زیادہ ایک ہوتا ہے</translation>
    </message>
    <message>
        <source>its objects nest too deeply at {path}</source>
        <translation>اس کے اجزاء {path} پر حد سے زیادہ گہرائی تک ایک دوسرے میں ہیں</translation>
    </message>
    <message>
        <source>it differs from the rebuilt cover at drawing operation {n}: the report draws {value} more after the rebuilt cover&apos;s last: {shown}</source>
        <translation>یہ دوبارہ بنائے گئے سرورق سے ڈرائنگ کی کارروائی {n} پر مختلف ہے: رپورٹ اس سرورق کی آخری کارروائی کے بعد {value} مزید بناتی ہے: {shown}</translation>
    </message>
    <message>
        <source>it differs from the rebuilt cover at drawing operation {n}: the report stops where the rebuilt cover draws {shown}</source>
        <translation>یہ دوبارہ بنائے گئے سرورق سے ڈرائنگ کی کارروائی {n} پر مختلف ہے: رپورٹ وہاں رک جاتی ہے جہاں سرورق {shown} بناتا ہے</translation>
    </message>
    <message>
        <source>its resources {category} are not a dictionary</source>
        <translation>اس کے وسائل {category} لغت نہیں</translation>
    </message>
    <message>
        <source>page 1 carries an annotation that the cover does not have ({problem})</source>
        <translation>صفحہ 1 پر ایک حاشیہ ہے جو سرورق پر نہیں ({problem})</translation>
    </message>
    <message>
        <source>it differs from the rebuilt cover at drawing operation {n}: the report draws {shown} where the rebuilt cover draws {shown2}</source>
        <translation>یہ دوبارہ بنائے گئے سرورق سے ڈرائنگ کی کارروائی {n} پر مختلف ہے: رپورٹ {shown} بناتی ہے جہاں سرورق {shown2} بناتا ہے</translation>
    </message>
    <message>
        <source>{name} ({size} bytes)</source>
        <translation>‏{name} ({size} بائٹس)</translation>
    </message>
    <message>
        <source>the file was changed after signing: {problem} ({update})</source>
        <translation>دستخط کے بعد فائل بدلی گئی: {problem} ({update})</translation>
    </message>
    <message>
        <source>the file was changed after signing: {problem}</source>
        <translation>دستخط کے بعد فائل بدلی گئی: {problem}</translation>
    </message>
    <message>
        <source>token {symbol} already exists</source>
        <translation>ٹوکن {symbol} پہلے سے موجود ہے</translation>
    </message>
    <message>
        <source>this code belongs to another transfer ({digest}, {count} parts), not to the one being scanned ({digest2}, {count2} parts)</source>
        <translation>یہ کوڈ کسی اور منتقلی کا ہے ({digest}، {count} حصے)، اسکین ہونے والی منتقلی کا نہیں ({digest2}، {count2} حصے)</translation>
    </message>
    <message>
        <source>two different codes both claim to be {label}</source>
        <translation>دو مختلف کوڈز دونوں {label} ہونے کا دعویٰ کرتے ہیں</translation>
    </message>
    <message>
        <source>scope.commodities are not every commodity of the totals and tokens, which a complete scope covers</source>
        <translation>‏scope.commodities میں میزان اور ٹوکنوں کی ہر جنس نہیں، جن سب کا احاطہ مکمل دائرہ کرتا ہے</translation>
    </message>
    <message>
        <source>{where}.note is not {notes}</source>
        <translation>‏{where}.note قدر {notes} نہیں</translation>
    </message>
    <message>
        <source>programme {name}</source>
        <translation>پروگرام {name}</translation>
    </message>
    <message>
        <source>every attestation is of {series}</source>
        <translation>ہر تصدیق نامہ {series} کا ہے</translation>
    </message>
    <message>
        <source>the attestations are of {count} series: {series}</source>
        <translation>تصدیق نامے {count} الگ سلسلوں کے ہیں: {series}</translation>
    </message>
    <message>
        <source>The trust policy {name} {left}: nothing verifies under it now; its admins must sign a successor.</source>
        <translation>ٹرسٹ پالیسی {name}: {left}؛ اب اس کے تحت کچھ بھی درست ثابت نہیں ہوتا؛ اس کے منتظمین جانشین پالیسی پر دستخط کریں۔</translation>
    </message>
    <message>
        <source>--report-signer and --report-signer-threshold go together: give both, or neither</source>
        <translation>‏--report-signer اور --report-signer-threshold ساتھ ساتھ دیے جاتے ہیں: دونوں دیں، یا کوئی بھی نہیں</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>پڑھا نہیں جا سکا</translation>
    </message>
    <message>
        <source>a window of {window} is longer than 31 days</source>
        <translation>‏{window} کا وقفہ 31 دن سے لمبا ہے</translation>
    </message>
    <message>
        <source>the programme policy {path} does not hold: {failures}</source>
        <translation>پروگرام کی پالیسی {path} قائم نہیں: {failures}</translation>
    </message>
    <message>
        <source>the policy it names ({digest}…) is not among the member policies given (--policy)</source>
        <translation>جس پالیسی کا یہ نام لیتی ہے ({digest}…) وہ دی گئی رکن پالیسیوں (--policy) میں نہیں</translation>
    </message>
    <message>
        <source>it was made under version {version} of its policy, and the version the programme pins (v{pinned}) is not given to follow the rotation</source>
        <translation>یہ اپنی پالیسی کے ورژن {version} کے تحت بنی ہے، اور پروگرام جو ورژن مقرر کرتا ہے (v{pinned}) وہ گردش کو جانچنے کے لیے نہیں دیا گیا</translation>
    </message>
    <message>
        <source>the programme check</source>
        <translation>پروگرام کی پڑتال</translation>
    </message>
    <message>
        <source>no signed rotation from the pinned version {version} of its policy leads to the one it names</source>
        <translation>اس کی پالیسی کے مقرر شدہ ورژن {version} سے کوئی دستخط شدہ گردش اس ورژن تک نہیں پہنچتی جس کا یہ نام لیتی ہے</translation>
    </message>
    <message>
        <source>version {version} of its policy is no valid successor: {failures}</source>
        <translation>اس کی پالیسی کا ورژن {version} درست جانشین نہیں: {failures}</translation>
    </message>
    <message>
        <source>its policy ({digest}…) is not that of a member the programme pins</source>
        <translation>اس کی پالیسی ({digest}…) کسی ایسے رکن کی نہیں جسے پروگرام مقرر کرتا ہے</translation>
    </message>
    <message>
        <source>{name} is given twice ({first} and {second})</source>
        <translation>‏{name} دو بار دیا گیا ہے ({first} اور {second})</translation>
    </message>
    <message>
        <source>No programme request was written: {reasons}.</source>
        <translation>پروگرام کی کوئی درخواست نہیں لکھی گئی: {reasons}۔</translation>
    </message>
    <message>
        <source>the window is not the programme policy&apos;s</source>
        <translation>ونڈو پروگرام پالیسی والی نہیں</translation>
    </message>
    <message>
        <source>the previous programme attestation given is not the one the statement names, or is not earlier</source>
        <translation>دیا گیا پچھلا پروگرام تصدیق نامہ وہ نہیں جس کا نام بیان میں ہے، یا اس سے پہلے کا نہیں</translation>
    </message>
    <message>
        <source>the member entry is not in the programme&apos;s tree</source>
        <translation>رکن کا اندراج پروگرام کے درخت میں نہیں</translation>
    </message>
    <message>
        <source>the member attestation is not the one the programme names</source>
        <translation>رکن کا تصدیق نامہ وہ نہیں جس کا نام پروگرام میں ہے</translation>
    </message>
    <message>
        <source>the leaf is not in the member&apos;s attested tree</source>
        <translation>پتا رکن کے تصدیق شدہ درخت میں نہیں</translation>
    </message>
    <message>
        <source>{name}: no attestation given</source>
        <translation>‏{name}: کوئی تصدیق نامہ نہیں دیا گیا</translation>
    </message>
    <message>
        <source>member {name}</source>
        <translation>رکن {name}</translation>
    </message>
    <message>
        <source>the statement records {count} identities checked, none twice; the request carries no leaves, so it was not run here: the auditor runs `tijori programme check` on the members&apos; leaves before signing</source>
        <translation>بیان کے مطابق {count} شناختیں جانچی گئیں، کوئی دو بار نہیں؛ درخواست میں پتے نہیں، اس لیے یہ پڑتال یہاں نہیں ہوئی: آڈیٹر دستخط سے پہلے ارکان کے پتوں پر `tijori programme check` چلاتا ہے</translation>
    </message>
    <message>
        <source>the first programme attestation (sequence 1)</source>
        <translation>پروگرام کا پہلا تصدیق نامہ (ترتیب نمبر 1)</translation>
    </message>
    <message>
        <source>your policy is a custodian&apos;s, not a programme&apos;s: a programme attestation is verified under the programme policy</source>
        <translation>آپ کی پالیسی کسٹوڈین کی ہے، پروگرام کی نہیں: پروگرام کا تصدیق نامہ پروگرام پالیسی کے تحت جانچا جاتا ہے</translation>
    </message>
    <message>
        <source>made under programme policy version {version}, reached from yours (version {trusted})</source>
        <translation>پروگرام پالیسی ورژن {version} کے تحت بنا، جو آپ کی پالیسی (ورژن {trusted}) سے حاصل ہوتا ہے</translation>
    </message>
    <message>
        <source>programme attestation {id} as of {as_of}, number {sequence} of its series, over {count} members</source>
        <translation>پروگرام تصدیق نامہ {id} بتاریخ {as_of}، اپنے سلسلے کا نمبر {sequence}، {count} ارکان پر</translation>
    </message>
    <message>
        <source>the programme policy cannot be trusted, so no signature can</source>
        <translation>پروگرام پالیسی پر بھروسا نہیں کیا جا سکتا، اس لیے کسی دستخط پر بھی نہیں</translation>
    </message>
    <message>
        <source>the statement&apos;s programme name or window is not its policy&apos;s</source>
        <translation>بیان میں پروگرام کا نام یا ونڈو اس کی پالیسی والے نہیں</translation>
    </message>
    <message>
        <source>the proof carries no member policy: the member&apos;s signatures rest on the programme signers&apos; check</source>
        <translation>ثبوت میں رکن کی پالیسی نہیں: رکن کے دستخط پروگرام کے دستخط کنندگان کی پڑتال پر منحصر ہیں</translation>
    </message>
    <message>
        <source>{path}: the first row must name the columns {columns}</source>
        <translation>‏{path}: پہلی قطار میں کالموں کے نام {columns} ہونے چاہییں</translation>
    </message>
    <message>
        <source>{path} is not a programme attestation</source>
        <translation>‏{path} پروگرام کا تصدیق نامہ نہیں</translation>
    </message>
    <message>
        <source>{path} is an attestation of programme {name!r}, not of {programme!r}</source>
        <translation>‏{path} پروگرام {name!r} کا تصدیق نامہ ہے، {programme!r} کا نہیں</translation>
    </message>
    <message>
        <source>the previous programme attestation is as of {before}, not before this one&apos;s as-of {as_of}</source>
        <translation>پچھلا پروگرام تصدیق نامہ بتاریخ {before} ہے، اس تصدیق نامے کی تاریخ {as_of} سے پہلے کا نہیں</translation>
    </message>
    <message>
        <source>{count} holding(s) counted twice: {listed}</source>
        <translation>‏{count} ہولڈنگز دو بار گنی گئیں: {listed}</translation>
    </message>
    <message>
        <source>the {count} members the programme policy pins</source>
        <translation>وہ {count} ارکان جنہیں پروگرام پالیسی مقرر کرتی ہے</translation>
    </message>
    <message>
        <source>the statement lists {listed}, the programme pins {names}</source>
        <translation>بیان میں {listed} درج ہیں، پروگرام {names} کو مقرر کرتا ہے</translation>
    </message>
    <message>
        <source>{seconds} s, as the programme policy states</source>
        <translation>‏{seconds} سیکنڈ، جیسا کہ پروگرام پالیسی میں درج ہے</translation>
    </message>
    <message>
        <source>the request does not carry the previous programme attestation</source>
        <translation>درخواست میں پروگرام کا پچھلا تصدیق نامہ شامل نہیں</translation>
    </message>
    <message>
        <source>follows programme attestation {id} (number {sequence}, as of {as_of})</source>
        <translation>پروگرام تصدیق نامہ {id} (نمبر {sequence}، بتاریخ {as_of}) کے بعد آتا ہے</translation>
    </message>
    <message>
        <source>made under programme policy version {version} (digest {digest}…), which cannot be reached from your trusted policy (version {trusted}): {problem}</source>
        <translation>پروگرام پالیسی ورژن {version} (ڈائجسٹ {digest}…) کے تحت بنا، جو آپ کی قابلِ اعتماد پالیسی (ورژن {trusted}) سے حاصل نہیں ہوتا: {problem}</translation>
    </message>
    <message>
        <source>every member&apos;s as-of lies within {window} of the programme&apos;s</source>
        <translation>ہر رکن کی تاریخ پروگرام کی تاریخ سے {window} کے اندر ہے</translation>
    </message>
    <message>
        <source>outside the window: {late}</source>
        <translation>ونڈو سے باہر: {late}</translation>
    </message>
    <message>
        <source>the programme attestation has no member {member!r} (its members: {names})</source>
        <translation>پروگرام کے تصدیق نامے میں کوئی رکن {member!r} نہیں (اس کے ارکان: {names})</translation>
    </message>
    <message>
        <source>{path} is not the attestation of {member} that the programme statement names</source>
        <translation>‏{path} رکن {member} کا وہ تصدیق نامہ نہیں جس کا نام پروگرام کے بیان میں ہے</translation>
    </message>
    <message>
        <source>its holding is not a Tijori inclusion proof</source>
        <translation>اس کی ہولڈنگ Tijori کا شمولیت کا ثبوت نہیں</translation>
    </message>
    <message>
        <source>member {member} is leaf {index} of {size} under the programme&apos;s root</source>
        <translation>رکن {member} پروگرام کی جڑ کے تحت {size} میں سے پتا {index} ہے</translation>
    </message>
    <message>
        <source>attestation {id} of {custodian} is the one the programme statement names</source>
        <translation>‏{custodian} کا تصدیق نامہ {id} وہی ہے جس کا نام پروگرام کے بیان میں ہے</translation>
    </message>
    <message>
        <source>the member policy carried is not the one the programme statement names</source>
        <translation>ساتھ دی گئی رکن پالیسی وہ نہیں جس کا نام پروگرام کے بیان میں ہے</translation>
    </message>
    <message>
        <source>the member attestation and the holding&apos;s inclusion verify under the member&apos;s policy</source>
        <translation>رکن کا تصدیق نامہ اور ہولڈنگ کی شمولیت رکن کی پالیسی کے تحت درست ہیں</translation>
    </message>
    <message>
        <source>holding {id} ({kind}) is leaf {index} of {size} of {member}&apos;s attestation as of {as_of}</source>
        <translation>ہولڈنگ {id} ({kind}) {member} کے تصدیق نامے بتاریخ {as_of} میں {size} میں سے پتا {index} ہے</translation>
    </message>
    <message>
        <source>{path} row {number}: {count} columns, not {expected}</source>
        <translation>‏{path} قطار {number}: {count} کالم، {expected} نہیں</translation>
    </message>
    <message>
        <source>{path} row {number}: token {symbol} is listed twice</source>
        <translation>‏{path} قطار {number}: ٹوکن {symbol} دو بار درج ہے</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>‏{name} کی پڑتال: {why}</translation>
    </message>
    <message>
        <source>attestation {id} as of {as_of} verifies under its policy (v{version})</source>
        <translation>تصدیق نامہ {id} بتاریخ {as_of} اپنی پالیسی (ورژن {version}) کے تحت درست ہے</translation>
    </message>
    <message>
        <source>recomputed: it agrees</source>
        <translation>دوبارہ حساب کیا گیا: متفق ہے</translation>
    </message>
    <message>
        <source>payload type {payload_type!r} is not a programme statement</source>
        <translation>پے لوڈ کی قسم {payload_type!r} پروگرام کا بیان نہیں</translation>
    </message>
    <message>
        <source>the programme&apos;s name and window ({seconds} s) are its policy&apos;s</source>
        <translation>پروگرام کا نام اور ونڈو ({seconds} سیکنڈ) اس کی پالیسی والے ہیں</translation>
    </message>
    <message>
        <source>the previous programme attestation {id} was not given (--previous): the link was not checked</source>
        <translation>پروگرام کا پچھلا تصدیق نامہ {id} نہیں دیا گیا (--previous): کڑی کی پڑتال نہیں ہوئی</translation>
    </message>
    <message>
        <source>{path} is not the policy {member}&apos;s attestation was made under</source>
        <translation>‏{path} وہ پالیسی نہیں جس کے تحت {member} کا تصدیق نامہ بنا</translation>
    </message>
    <message>
        <source>{source} is not a version 1 chained proof</source>
        <translation>‏{source} ورژن 1 کا مربوط ثبوت نہیں</translation>
    </message>
    <message>
        <source>its holding&apos;s proof: {problem}</source>
        <translation>اس کی ہولڈنگ کا ثبوت: {problem}</translation>
    </message>
    <message>
        <source>{path} row {number} ({field}): {exc}</source>
        <translation>‏{path} قطار {number} ({field}): {exc}</translation>
    </message>
    <message>
        <source>{name}: its attestation is not carried by the request</source>
        <translation>‏{name}: اس کا تصدیق نامہ درخواست میں شامل نہیں</translation>
    </message>
    <message>
        <source>{name}: the programme policy does not pin it</source>
        <translation>‏{name}: پروگرام پالیسی اسے مقرر نہیں کرتی</translation>
    </message>
    <message>
        <source>{name}: the entry does not state its attestation</source>
        <translation>‏{name}: اندراج اس کے تصدیق نامے کے مطابق نہیں</translation>
    </message>
    <message>
        <source>{name}: its as-of {as_of} is outside the window</source>
        <translation>‏{name}: اس کی تاریخ {as_of} ونڈو سے باہر ہے</translation>
    </message>
    <message>
        <source>its as-of {as_of} is outside the window</source>
        <translation>اس کی تاریخ {as_of} ونڈو سے باہر ہے</translation>
    </message>
    <message>
        <source>{kind} {identity} ({places})</source>
        <translation>‏{kind} {identity} (جہاں ملا: {places})</translation>
    </message>
    <message>
        <source>the leaves of {member} ({path})</source>
        <translation>‏{member} کے پتے ({path})</translation>
    </message>
    <message>
        <source>two members have the same name; give each custodian its own</source>
        <translation>دو رکنوں کا نام ایک ہے؛ ہر کسٹوڈین کو اپنا نام دیں</translation>
    </message>
    <message>
        <source>{source} announces {count} leaves but holds {lines}</source>
        <translation>‏{source} میں {count} پتوں کا اعلان ہے مگر {lines} موجود ہیں</translation>
    </message>
    <message>
        <source>the collision check</source>
        <translation>ٹکراؤ کی پڑتال</translation>
    </message>
    <message>
        <source>line {number} of {source} is not a leaf Tijori can read</source>
        <translation>‏{source} کی سطر {number} ایسا پتا نہیں جو Tijori پڑھ سکے</translation>
    </message>
    <message>
        <source>the programme report</source>
        <translation>پروگرام کی رپورٹ</translation>
    </message>
    <message>
        <source>a programme report carries every member&apos;s attestation; not given (--member-attestation): {names}</source>
        <translation>پروگرام کی رپورٹ میں ہر رکن کا تصدیق نامہ شامل ہوتا ہے؛ یہ نہیں دیے گئے (--member-attestation): {names}</translation>
    </message>
    <message>
        <source>a programme report carries the policy each member&apos;s attestation was made under; not given (--member-policy) for: {names}</source>
        <translation>پروگرام کی رپورٹ میں وہ پالیسی شامل ہوتی ہے جس کے تحت ہر رکن کا تصدیق نامہ بنا؛ ان کے لیے نہیں دی گئی (--member-policy): {names}</translation>
    </message>
    <message>
        <source>No programme report from a programme attestation that does not verify: {failures}.</source>
        <translation>ایسے پروگرام تصدیق نامے سے کوئی رپورٹ نہیں بنتی جو درست ثابت نہ ہو: {failures}۔</translation>
    </message>
    <message>
        <source>key {name} is not a report-signer of the programme policy; add it with `tijori programme policy new --report-signer PUBFILE`</source>
        <translation>کلید {name} پروگرام پالیسی کی رپورٹ دستخط کنندہ نہیں؛ اسے `tijori programme policy new --report-signer PUBFILE` سے شامل کریں</translation>
    </message>
    <message>
        <source>the attestation {id} of member {member} ({custodian}), the one the programme statement names</source>
        <translation>رکن {member} ({custodian}) کا تصدیق نامہ {id}، وہی جس کا نام پروگرام کے بیان میں ہے</translation>
    </message>
    <message>
        <source>the report carries the attestation of each of the {count} members</source>
        <translation>رپورٹ میں تمام {count} ارکان میں سے ہر ایک کا تصدیق نامہ شامل ہے</translation>
    </message>
    <message>
        <source>the report does not carry the attestation of {names}</source>
        <translation>رپورٹ میں ان کا تصدیق نامہ شامل نہیں: {names}</translation>
    </message>
    <message>
        <source>{path} is not a member attestation that the programme statement names (its statement digest {digest}… is no member entry&apos;s)</source>
        <translation>‏{path} کسی رکن کا وہ تصدیق نامہ نہیں جس کا نام پروگرام کے بیان میں ہو (اس کے بیان کا ڈائجسٹ {digest}… کسی رکن کے اندراج میں نہیں)</translation>
    </message>
    <message>
        <source>{path} and {other} are the same attestation, of member {name}</source>
        <translation>‏{path} اور {other} ایک ہی تصدیق نامہ ہیں، رکن {name} کا</translation>
    </message>
    <message>
        <source>{path} is not the policy any member&apos;s attestation was made under (its digest {digest}… is no member entry&apos;s)</source>
        <translation>‏{path} وہ پالیسی نہیں جس کے تحت کسی رکن کا تصدیق نامہ بنا (اس کا ڈائجسٹ {digest}… کسی رکن کے اندراج میں نہیں)</translation>
    </message>
    <message>
        <source>No programme report: the attestation of member {name} does not verify under its policy: {failures}.</source>
        <translation>پروگرام کی کوئی رپورٹ نہیں: رکن {name} کا تصدیق نامہ اپنی پالیسی کے تحت درست ثابت نہیں ہوتا: {failures}۔</translation>
    </message>
    <message>
        <source>it is not an attestation the programme statement names: its statement digest {digest}… is no member entry&apos;s</source>
        <translation>یہ ایسا تصدیق نامہ نہیں جس کا نام پروگرام کے بیان میں ہو: اس کے بیان کا ڈائجسٹ {digest}… کسی رکن کے اندراج میں نہیں</translation>
    </message>
    <message>
        <source>the report embeds no policy of the digest the statement names for it ({digest}…): its signatures rest on the programme signers&apos; check</source>
        <translation>رپورٹ میں اس ڈائجسٹ ({digest}…) کی کوئی پالیسی شامل نہیں جس کا نام بیان میں اس کے لیے ہے: اس کے دستخط پروگرام کے دستخط کنندگان کی پڑتال پر منحصر ہیں</translation>
    </message>
    <message>
        <source>its signatures meet the policy it was made under (version {version}, the one the programme statement names)</source>
        <translation>اس کے دستخط اس پالیسی پر پورے اترتے ہیں جس کے تحت یہ بنا (ورژن {version}، وہی جس کا نام پروگرام کے بیان میں ہے)</translation>
    </message>
    <message>
        <source>Proof of reserves: programme {name}, as of {as_of}</source>
        <translation>ذخائر کا ثبوت: پروگرام {name}، بتاریخ {as_of}</translation>
    </message>
    <message>
        <source>Proof of reserves: {custodian}, as of {as_of}</source>
        <translation>ذخائر کا ثبوت: {custodian}، بتاریخ {as_of}</translation>
    </message>
    <message>
        <source>proofs are made from the leaves: give the leaves file (--leaves)</source>
        <translation>ثبوت پتوں سے بنتے ہیں: پتوں کی فائل دیں (--leaves)</translation>
    </message>
    <message>
        <source>{path} does not give the attested root</source>
        <translation>‏{path} سے تصدیق شدہ جڑ نہیں بنتی</translation>
    </message>
    <message>
        <source>the leaf of holding {holding}</source>
        <translation>ہولڈنگ {holding} کا پتا</translation>
    </message>
    <message>
        <source>{path} embeds every holding (it is not a public report): publish the public edition (tijori report --public)</source>
        <translation>‏{path} میں ہر ہولڈنگ شامل ہے (یہ عوامی رپورٹ نہیں): عوامی نسخہ شائع کریں (tijori report --public)</translation>
    </message>
    <message>
        <source>{path} is a report of another attestation</source>
        <translation>‏{path} کسی اور تصدیق نامے کی رپورٹ ہے</translation>
    </message>
    <message>
        <source>{path} does not verify under the policy: {failures}</source>
        <translation>‏{path} پالیسی کے تحت درست ثابت نہیں ہوتی: {failures}</translation>
    </message>
    <message>
        <source>{out} exists and is not an empty folder; choose a new one</source>
        <translation>‏{out} موجود ہے اور خالی فولڈر نہیں؛ کوئی نیا منتخب کریں</translation>
    </message>
    <message>
        <source>{path} does not verify under {policy}, so it is not published: {failures}</source>
        <translation>‏{path} پالیسی {policy} کے تحت درست ثابت نہیں ہوتا، اس لیے شائع نہیں کیا گیا: {failures}</translation>
    </message>
    <message>
        <source>a programme&apos;s proofs are chained through its members&apos; attestations: make them with `tijori programme prove` and give the files (--proof-file)</source>
        <translation>پروگرام کے ثبوت اس کے ارکان کے تصدیق ناموں سے مربوط ہوتے ہیں: انہیں `tijori programme prove` سے بنائیں اور فائلیں دیں (--proof-file)</translation>
    </message>
    <message>
        <source>the page&apos;s file {name} is missing from this installation: {error}</source>
        <translation>صفحے کی فائل {name} اس تنصیب میں موجود نہیں: {error}</translation>
    </message>
    <message>
        <source>the page template lacks {key}</source>
        <translation>صفحے کے سانچے میں {key} نہیں</translation>
    </message>
    <message>
        <source>{text!r} is not a holding id</source>
        <translation>‏{text!r} ہولڈنگ نمبر نہیں</translation>
    </message>
    <message>
        <source>{path} holds the leaves of another attestation</source>
        <translation>‏{path} میں کسی اور تصدیق نامے کے پتے ہیں</translation>
    </message>
    <message>
        <source>{path} announces {count} leaves but holds {lines}</source>
        <translation>‏{path} میں {count} پتوں کا اعلان ہے مگر اس میں {lines} ہیں</translation>
    </message>
    <message>
        <source>holding {holding} is not in attestation {id}</source>
        <translation>ہولڈنگ {holding} تصدیق نامے {id} میں نہیں</translation>
    </message>
    <message>
        <source>{path} is not a report Tijori can read: {error}</source>
        <translation>‏{path} ایسی رپورٹ نہیں جسے Tijori پڑھ سکے: {error}</translation>
    </message>
    <message>
        <source>{path} is not a {format} file, which this attestation&apos;s proofs are</source>
        <translation>‏{path} کوئی {format} فائل نہیں، جو اس تصدیق نامے کے ثبوت ہوتے ہیں</translation>
    </message>
    <message>
        <source>{path} is a proof of another attestation</source>
        <translation>‏{path} کسی اور تصدیق نامے کا ثبوت ہے</translation>
    </message>
    <message>
        <source>{path} does not verify: {failures}</source>
        <translation>‏{path} درست ثابت نہیں ہوتا: {failures}</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>شائع کیا جا رہا ہے</translation>
    </message>
    <message>
        <source>{path} is not a proof (not JSON)</source>
        <translation>‏{path} ثبوت نہیں (JSON نہیں)</translation>
    </message>
    <message>
        <source>{path} line {number}: {text!r} is not a holding id</source>
        <translation>‏{path} سطر {number}: {text!r} ہولڈنگ نمبر نہیں</translation>
    </message>
    <message>
        <source>the successor</source>
        <translation>جانشین پالیسی</translation>
    </message>
    <message>
        <source>the current policy</source>
        <translation>موجودہ پالیسی</translation>
    </message>
    <message>
        <source>the sig of {source}</source>
        <translation>‏{source} کا دستخط</translation>
    </message>
    <message>
        <source>{count} of {threshold} current admin signature(s), {count2} of {threshold2} successor admin signature(s)</source>
        <translation>موجودہ پالیسی کے {threshold} منتظم دستخطوں میں سے {count}، جانشین پالیسی کے {threshold2} منتظم دستخطوں میں سے {count2}</translation>
    </message>
    <message>
        <source>the successor (version {version}) does not replace the current policy (version {version2}, digest {digest}…): it names no link to it</source>
        <translation>جانشین پالیسی (ورژن {version}) موجودہ پالیسی (ورژن {version2}، ڈائجسٹ {digest}…) کی جگہ نہیں لیتی: اس میں اس سے جڑنے والی کوئی کڑی درج نہیں</translation>
    </message>
    <message>
        <source>the current policy has no key {key} to retire</source>
        <translation>موجودہ پالیسی میں ہٹانے کے لیے کوئی کلید {key} نہیں</translation>
    </message>
    <message>
        <source>{key} names {count} keys of the current policy; give the keyid</source>
        <translation>‏{key} سے موجودہ پالیسی کی {count} کلیدیں مراد ہو سکتی ہیں؛ کلید شناخت دیں</translation>
    </message>
    <message>
        <source>nothing changes: retire or add a key, or change a threshold, the expiry or the name</source>
        <translation>کچھ نہیں بدلتا: کوئی کلید ہٹائیں یا شامل کریں، یا کوئی حد، میعاد یا نام بدلیں</translation>
    </message>
    <message>
        <source>a key is named twice to retire</source>
        <translation>ہٹانے کے لیے ایک کلید دو بار درج ہے</translation>
    </message>
    <message>
        <source>the successor would expire at {expires}, which is not in the future: give a later expiry</source>
        <translation>جانشین پالیسی کی میعاد {expires} کو ختم ہوگی، جو مستقبل میں نہیں: بعد کی میعاد دیں</translation>
    </message>
    <message>
        <source>only {count} admin key(s) of the successor may sign now, fewer than its admin threshold {threshold}: it could never be signed</source>
        <translation>جانشین پالیسی کی صرف {count} منتظم کلیدیں ابھی دستخط کر سکتی ہیں، جو اس کی منتظم حد {threshold} سے کم ہیں: اس پر دستخط کبھی پورے نہیں ہو سکتے</translation>
    </message>
    <message>
        <source>the successor to save must be unsigned</source>
        <translation>محفوظ کی جانے والی جانشین پالیسی پر کوئی دستخط نہیں ہونا چاہیے</translation>
    </message>
    <message>
        <source>{name} (key {keyid}) is an admin neither of the current policy nor of the successor; only admins sign a rotation</source>
        <translation>‏{name} (کلید {keyid}) نہ موجودہ پالیسی کا منتظم ہے نہ جانشین پالیسی کا؛ پالیسی کی گردش پر صرف منتظمین دستخط کرتے ہیں</translation>
    </message>
    <message>
        <source>{source} is not a rotation signature ({format})</source>
        <translation>‏{source} پالیسی کی گردش کا دستخط نہیں ({format})</translation>
    </message>
    <message>
        <source>{source} is a rotation signature of an unknown version</source>
        <translation>‏{source} پالیسی کی گردش کا دستخط ہے، مگر نامعلوم ورژن کا</translation>
    </message>
    <message>
        <source>{source} signs another policy, not this successor</source>
        <translation>‏{source} کسی اور پالیسی پر دستخط ہے، اس جانشین پالیسی پر نہیں</translation>
    </message>
    <message>
        <source>{source} is no valid signature of this successor by a key either policy lists</source>
        <translation>‏{source} اس جانشین پالیسی پر ایسی کسی کلید کا درست دستخط نہیں جو دونوں میں سے کسی پالیسی میں درج ہو</translation>
    </message>
    <message>
        <source>the rotation is not signed enough: {status}; still needed: {missing}</source>
        <translation>پالیسی کی گردش پر کافی دستخط نہیں: {status}؛ ابھی درکار: {missing}</translation>
    </message>
    <message>
        <source>the current policy file does not carry its own admin threshold: give the signed policy in force</source>
        <translation>موجودہ پالیسی کی فائل میں اس کی اپنی منتظم حد درج نہیں: نافذ دستخط شدہ پالیسی دیں</translation>
    </message>
    <message>
        <source>the new policy does not verify: {reasons}</source>
        <translation>نئی پالیسی جانچ میں درست نہیں: {reasons}</translation>
    </message>
    <message>
        <source>{needed} more current admin signature(s) (of {names})</source>
        <translation>موجودہ پالیسی کے مزید {needed} منتظم دستخط ({names} میں سے)</translation>
    </message>
    <message>
        <source>{needed} more successor admin signature(s) (of {names})</source>
        <translation>جانشین پالیسی کے مزید {needed} منتظم دستخط ({names} میں سے)</translation>
    </message>
    <message>
        <source>{role!r} is not a role; the roles are {roles}</source>
        <translation>‏{role!r} کوئی کردار نہیں؛ کردار یہ ہیں: {roles}</translation>
    </message>
    <message>
        <source>{name} (key {keyid}) already holds the role {role}</source>
        <translation>‏{name} (کلید {keyid}) کے پاس کردار {role} پہلے سے ہے</translation>
    </message>
    <message>
        <source>the threshold of {role} must be at least 1</source>
        <translation>کردار {role} کی حد کم از کم 1 ہونی چاہیے</translation>
    </message>
    <message>
        <source>the role {role} would need {threshold} signatures but hold {count} key(s): lower its threshold or add keys</source>
        <translation>کردار {role} کو {threshold} دستخط درکار ہوں گے لیکن اس کے پاس {count} کلیدیں ہیں: اس کی حد کم کریں یا کلیدیں شامل کریں</translation>
    </message>
    <message>
        <source>the successor has no role {role} to give a threshold</source>
        <translation>جانشین پالیسی میں کوئی کردار {role} نہیں جسے حد دی جائے</translation>
    </message>
    <message>
        <source>{source} has no valid {what}</source>
        <translation>‏{source} میں کوئی درست {what} نہیں</translation>
    </message>
    <message>
        <source>{source} signs another policy (digest {digest}…), not this successor ({digest2}…)</source>
        <translation>‏{source} کسی اور پالیسی (ڈائجسٹ {digest}…) کا دستخط ہے، اس جانشین پالیسی ({digest2}…) کا نہیں</translation>
    </message>
    <message>
        <source>{source} is signed by key {keyid}, which neither policy lists</source>
        <translation>‏{source} پر کلید {keyid} کے دستخط ہیں، جو دونوں میں سے کسی پالیسی میں درج نہیں</translation>
    </message>
    <message>
        <source>{source}: {name} has signed already; each admin signs once</source>
        <translation>‏{source}: {name} پہلے ہی دستخط کر چکا ہے؛ ہر منتظم ایک ہی بار دستخط کرتا ہے</translation>
    </message>
    <message>
        <source>{source}: the signature of {name} does not verify over this successor</source>
        <translation>‏{source}: اس جانشین پالیسی پر {name} کا دستخط جانچ میں درست نہیں نکلا</translation>
    </message>
    <message>
        <source>the role {role} would have no key left: add one before retiring the last</source>
        <translation>کردار {role} کے پاس کوئی کلید نہیں بچے گی: آخری کلید ہٹانے سے پہلے ایک نئی شامل کریں</translation>
    </message>
    <message>
        <source>the role {role} would have no key, so no threshold</source>
        <translation>کردار {role} کے پاس کوئی کلید نہیں ہوگی، اس لیے کوئی حد بھی نہیں</translation>
    </message>
    <message>
        <source>{path} already exists with other content; refusing to overwrite it</source>
        <translation>‏{path} کسی اور مواد کے ساتھ پہلے سے موجود ہے؛ اس کے اوپر نہیں لکھا جائے گا</translation>
    </message>
    <message>
        <source>the copy&apos;s journal ({copied} events, head {head}) is not the file&apos;s ({events}, {file_head})</source>
        <translation>نقل کا جرنل ({copied} اندراجات، سرا {head}) فائل کے جرنل ({events}، {file_head}) جیسا نہیں</translation>
    </message>
    <message>
        <source>the copy on the server does not verify: {problems}</source>
        <translation>سرور پر موجود نقل کی تصدیق نہیں ہوتی: {problems}</translation>
    </message>
    <message>
        <source>{source} does not verify, so it is not migrated: {problems}</source>
        <translation>‏{source} درست ثابت نہیں ہوتا، اس لیے منتقل نہیں کیا گیا: {problems}</translation>
    </message>
    <message>
        <source>A server ledger has no passphrase of Tijori&apos;s: who may use it is the server&apos;s roles and TLS.</source>
        <translation>سرور لیجر کا تجوری کا کوئی پاس فریز نہیں: اسے کون استعمال کر سکتا ہے، یہ سرور کے کردار اور TLS طے کرتے ہیں۔</translation>
    </message>
    <message>
        <source>A server ledger is backed up on the server, with `pg_dump`, and the restore checked with `tijori journal verify` (see the README).</source>
        <translation>سرور لیجر کا بیک اپ سرور پر `pg_dump` سے بنتا ہے، اور بحالی کی جانچ `tijori journal verify` سے ہوتی ہے (README دیکھیں)۔</translation>
    </message>
    <message>
        <source>A server ledger&apos;s address is a postgresql:// URL, such as postgresql://dock@vault-db.example/tijori</source>
        <translation>سرور لیجر کا پتا ایک postgresql:// URL ہوتا ہے، جیسے postgresql://dock@vault-db.example/tijori</translation>
    </message>
    <message>
        <source>the token&apos;s key is neither Ed25519 nor P-256; Tijori signs with those only</source>
        <translation>ٹوکن آلے کی کلید نہ Ed25519 ہے نہ P-256؛ Tijori صرف انہی سے دستخط کرتا ہے</translation>
    </message>
    <message>
        <source>token {token} refused: {error}</source>
        <translation>ٹوکن آلے {token} نے انکار کیا: {error}</translation>
    </message>
    <message>
        <source>token {token} is locked after too many wrong PINs: its security officer must unlock it</source>
        <translation>ٹوکن آلہ {token} بار بار غلط PIN لکھنے کے بعد مقفل ہو گیا ہے: اس کے سیکیورٹی افسر کو اسے کھولنا ہوگا</translation>
    </message>
    <message>
        <source>a PIN is never written in a key URI: give it with --pin-file or $TIJORI_PKCS11_PIN, or type it when asked</source>
        <translation>کلید URI میں PIN کبھی نہیں لکھا جاتا: اسے --pin-file یا $TIJORI_PKCS11_PIN سے دیں، یا پوچھے جانے پر لکھیں</translation>
    </message>
    <message>
        <source>{uri} is not a pkcs11: URI</source>
        <translation>‏{uri} کوئی pkcs11: URI نہیں</translation>
    </message>
    <message>
        <source>the key URI {uri} names an object of type {kind!r}; a signing key is a private key</source>
        <translation>کلید URI {uri} قسم {kind!r} کی کسی چیز کا نام دیتا ہے؛ دستخطی کلید نجی کلید ہوتی ہے</translation>
    </message>
    <message>
        <source>the key URI {uri} names no PKCS#11 module: add ?module-path=/path/to/module.so, or set $TIJORI_PKCS11_MODULE</source>
        <translation>کلید URI {uri} میں کسی PKCS#11 ماڈیول کا نام نہیں: ?module-path=/path/to/module.so شامل کریں، یا $TIJORI_PKCS11_MODULE متعین کریں</translation>
    </message>
    <message>
        <source>the key URI {uri} names no token: add token=LABEL</source>
        <translation>کلید URI {uri} میں کسی ٹوکن آلے کا نام نہیں: token=LABEL شامل کریں</translation>
    </message>
    <message>
        <source>the key URI {uri} names no key: add object=NAME</source>
        <translation>کلید URI {uri} میں کسی کلید کا نام نہیں: object=NAME شامل کریں</translation>
    </message>
    <message>
        <source>the PKCS#11 module {module} cannot be loaded: there is no such file</source>
        <translation>‏PKCS#11 ماڈیول {module} لوڈ نہیں ہو سکا: ایسی کوئی فائل موجود نہیں</translation>
    </message>
    <message>
        <source>no token {token} is present in {module}: is it plugged in, and is its label right?</source>
        <translation>‏{module} میں کوئی ٹوکن آلہ {token} موجود نہیں: کیا یہ لگا ہوا ہے، اور کیا اس کا لیبل درست ہے؟</translation>
    </message>
    <message>
        <source>{count} tokens are labelled {token}: add serial=… to the key URI</source>
        <translation>‏{count} ٹوکن آلوں کا لیبل {token} ہے: کلید URI میں serial=… شامل کریں</translation>
    </message>
    <message>
        <source>token {token} holds no {what} named {name}</source>
        <translation>ٹوکن آلے {token} میں {name} نام کی کوئی {what} نہیں</translation>
    </message>
    <message>
        <source>token {token} holds {count} keys named {name}: add id=… to the key URI</source>
        <translation>ٹوکن آلے {token} میں {name} نام کی {count} کلیدیں ہیں: کلید URI میں id=… شامل کریں</translation>
    </message>
    <message>
        <source>the PIN for token {token} is not right; nothing was signed</source>
        <translation>ٹوکن آلے {token} کا PIN درست نہیں؛ کسی چیز پر دستخط نہیں ہوئے</translation>
    </message>
    <message>
        <source>the PIN of token {token} has expired: change it with the token&apos;s own tool first</source>
        <translation>ٹوکن آلے {token} کے PIN کی میعاد ختم ہو چکی ہے: پہلے اسے ٹوکن آلے کے اپنے پروگرام سے بدلیں</translation>
    </message>
    <message>
        <source>token {token} has no user PIN yet: its security officer must set one first</source>
        <translation>ٹوکن آلے {token} میں ابھی کوئی صارف PIN نہیں: پہلے اس کے سیکیورٹی افسر کو PIN بنانا ہوگا</translation>
    </message>
    <message>
        <source>token {token} was removed or cannot be reached; plug it in and try again</source>
        <translation>ٹوکن آلہ {token} نکال دیا گیا ہے یا اس تک رسائی نہیں ہو رہی؛ اسے لگائیں اور دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>token {token} does not offer Ed25519 (EdDSA); create a p256 key in it instead</source>
        <translation>ٹوکن آلے {token} میں Ed25519 (EdDSA) کی سہولت نہیں؛ اس کے بجائے اس میں p256 کلید بنائیں</translation>
    </message>
    <message>
        <source>{part!r} in the key URI {uri} is not NAME=VALUE</source>
        <translation>کلید URI {uri} میں {part!r} کی صورت NAME=VALUE نہیں</translation>
    </message>
    <message>
        <source>the key URI {uri} has an attribute {name!r} Tijori does not know; it knows {allowed}</source>
        <translation>کلید URI {uri} میں خصوصیت {name!r} ہے جسے Tijori نہیں جانتا؛ وہ یہ جانتا ہے: {allowed}</translation>
    </message>
    <message>
        <source>the key URI {uri} gives {name} twice</source>
        <translation>کلید URI {uri} میں {name} دو بار دیا گیا ہے</translation>
    </message>
    <message>
        <source>the key URI {uri} has a % not followed by two hex digits</source>
        <translation>کلید URI {uri} میں ایک % ہے جس کے بعد دو ہیکس ہندسے نہیں</translation>
    </message>
    <message>
        <source>the {name} in the key URI {uri} is not UTF-8 text</source>
        <translation>کلید URI {uri} میں {name} درست UTF-8 متن نہیں</translation>
    </message>
    <message>
        <source>the PKCS#11 module {module} cannot be loaded: {reason}</source>
        <translation>‏PKCS#11 ماڈیول {module} لوڈ نہیں ہو سکا: {reason}</translation>
    </message>
    <message>
        <source>the PKCS#11 module {module} cannot list its tokens ({error})</source>
        <translation>‏PKCS#11 ماڈیول {module} اپنے ٹوکن آلوں کی فہرست نہیں دے سکا ({error})</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>عوامی کلید</translation>
    </message>
    <message>
        <source>token {token} gave a signature that does not verify under its own public key; nothing was signed</source>
        <translation>ٹوکن آلے {token} نے ایسا دستخط دیا جو اس کی اپنی عوامی کلید سے درست ثابت نہیں ہوتا؛ کسی چیز پر دستخط نہیں ہوئے</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>نجی کلید</translation>
    </message>
    <message>
        <source>the PIN source {path} cannot be read as UTF-8 text</source>
        <translation>‏PIN کا ماخذ {path} بطور UTF-8 متن پڑھا نہیں جا سکتا</translation>
    </message>
    <message>
        <source>token {token} already holds a key named {name}; choose another name</source>
        <translation>ٹوکن آلے {token} میں {name} نام کی کلید پہلے سے موجود ہے؛ کوئی اور نام منتخب کریں</translation>
    </message>
    <message>
        <source>There is no token {symbol}; add it with `tijori token add`.</source>
        <translation>کوئی ٹوکن {symbol} نہیں ہے؛ اسے `tijori token add` سے شامل کریں۔</translation>
    </message>
    <message>
        <source>{commodity} is held in {held_in}: give the per-token quantity in that unit, not {unit}</source>
        <translation>‏{commodity} کی مقدار {held_in} میں رکھی جاتی ہے: فی ٹوکن مقدار اسی اکائی میں دیں، {unit} میں نہیں</translation>
    </message>
    <message>
        <source>{commodity} is held in {held_in}: give the per-token quantity in one of them, not {unit}</source>
        <translation>‏{commodity} کی مقدار {held_in} میں رکھی جاتی ہے: فی ٹوکن مقدار ان میں سے کسی ایک اکائی میں دیں، {unit} میں نہیں</translation>
    </message>
    <message>
        <source>give your trust policy (--policy)</source>
        <translation>اپنی ٹرسٹ پالیسی دیں (--policy)</translation>
    </message>
    <message>
        <source>a verification record is a .pdf or a .txt file, not {out}</source>
        <translation>جانچ کا ریکارڈ .pdf یا .txt فائل ہوتا ہے، {out} نہیں</translation>
    </message>
    <message>
        <source>cannot read {role} {path}: {strerror}</source>
        <translation>‏{role} {path} نہیں پڑھی جا سکتی: {strerror}</translation>
    </message>
    <message>
        <source>the {role} {p} changed while it was being verified: verify again</source>
        <translation>‏{role} {p} جانچ کے دوران بدل گئی: دوبارہ جانچیں</translation>
    </message>
    <message>
        <source>as-of and creation time are in the past, in order</source>
        <translation>بتاریخ کا وقت اور بننے کا وقت ماضی میں ہیں، درست ترتیب میں</translation>
    </message>
    <message>
        <source>as of {as_of}: {age} old</source>
        <translation>بتاریخ {as_of}: {age} پرانا</translation>
    </message>
    <message>
        <source>sites {sites} only, not every holding of the ledger; commodities covered completely: {commodities}</source>
        <translation>صرف سائٹس {sites}، لیجر کی تمام ہولڈنگز نہیں؛ مکمل طور پر شامل اجناس: {commodities}</translation>
    </message>
    <message>
        <source>coverage recomputed from the totals agrees</source>
        <translation>میزان سے دوبارہ حساب کیا گیا احاطہ مطابق ہے</translation>
    </message>
    <message>
        <source>the stated coverage does not follow from the stated totals</source>
        <translation>بیان کردہ احاطہ بیان کردہ میزان سے نہیں نکلتا</translation>
    </message>
    <message>
        <source>the leaves give the stated root</source>
        <translation>پتوں سے بیان کردہ جڑ حاصل ہوتی ہے</translation>
    </message>
    <message>
        <source>the journal was not only appended to since the previous attestation</source>
        <translation>پچھلے تصدیق نامے کے بعد جرنل میں صرف اضافہ نہیں ہوا بلکہ تبدیلی بھی ہوئی</translation>
    </message>
    <message>
        <source>the leaf is not in the attested tree</source>
        <translation>یہ پتا تصدیق شدہ درخت میں نہیں ہے</translation>
    </message>
    <message>
        <source>a version 1 statement does not name the policy it was made under: its signatures are checked under yours</source>
        <translation>ورژن 1 کا بیان اس پالیسی کا نام نہیں بتاتا جس کے تحت وہ بنا: اس کے دستخطوں کی پڑتال آپ کی پالیسی کے تحت کی جاتی ہے</translation>
    </message>
    <message>
        <source>a version 1 statement does not state its scope: it is read as covering every holding of the ledger</source>
        <translation>ورژن 1 کا بیان اپنا دائرہ نہیں بتاتا: اسے لیجر کی تمام ہولڈنگز پر مشتمل سمجھا جاتا ہے</translation>
    </message>
    <message>
        <source>every holding of the ledger (sites {sites})</source>
        <translation>لیجر کی تمام ہولڈنگز (سائٹس {sites})</translation>
    </message>
    <message>
        <source>the leaves belong to another attestation</source>
        <translation>یہ پتے کسی اور تصدیق نامے کے ہیں</translation>
    </message>
    <message>
        <source>{size} leaves, statement says {size2}</source>
        <translation>‏{size} پتے، بیان میں {size2}</translation>
    </message>
    <message>
        <source>the previous attestation cannot be read</source>
        <translation>پچھلا تصدیق نامہ نہیں پڑھا جا سکتا</translation>
    </message>
    <message>
        <source>no leaves given: the root, totals, leaf order and sites were not recomputed</source>
        <translation>کوئی پتے نہیں دیے گئے: جڑ، میزان، پتوں کی ترتیب اور سائٹس کا دوبارہ حساب نہیں ہوا</translation>
    </message>
    <message>
        <source>it lacks the member {name!r}</source>
        <translation>اس میں رکن {name!r} نہیں</translation>
    </message>
    <message>
        <source>it has the unknown member {name!r}, which FORMAT.md §7 does not allow</source>
        <translation>اس میں نامعلوم رکن {name!r} ہے، جس کی FORMAT.md §7 اجازت نہیں دیتا</translation>
    </message>
    <message>
        <source>its version is {version!r}, not 1</source>
        <translation>اس کا ورژن {version!r} ہے، 1 نہیں</translation>
    </message>
    <message>
        <source>its leaf is not a text</source>
        <translation>اس کا پتا متن نہیں</translation>
    </message>
    <message>
        <source>its proof is not a list of hashes of 64 lower-case hex digits</source>
        <translation>اس کا ثبوت چھوٹے حروف کے 64 ہیکس ہندسوں کے ہیشوں کی فہرست نہیں</translation>
    </message>
    <message>
        <source>its envelope is not a JSON object</source>
        <translation>اس کا لفافہ JSON آبجیکٹ نہیں</translation>
    </message>
    <message>
        <source>a Tijori report bundle, version 1, public (no leaves)</source>
        <translation>ایک Tijori رپورٹ بنڈل، ورژن 1، عوامی (پتوں کے بغیر)</translation>
    </message>
    <message>
        <source>a Tijori report bundle, version 1, with the leaves</source>
        <translation>ایک Tijori رپورٹ بنڈل، ورژن 1، پتوں سمیت</translation>
    </message>
    <message>
        <source>the bundle carries another policy than yours; only yours is trusted</source>
        <translation>بنڈل میں آپ کی پالیسی کے بجائے کوئی اور پالیسی ہے؛ صرف آپ کی پالیسی قابلِ اعتماد مانی جاتی ہے</translation>
    </message>
    <message>
        <source>verifies</source>
        <translation>درست ہے</translation>
    </message>
    <message>
        <source>the policy names no report-signer key</source>
        <translation>پالیسی میں رپورٹ دستخط کنندہ کی کوئی کلید نہیں ہے</translation>
    </message>
    <message>
        <source>the report carries no attestation.json</source>
        <translation>رپورٹ میں کوئی attestation.json نہیں ہے</translation>
    </message>
    <message>
        <source>the report embeds another policy than yours; only yours is trusted</source>
        <translation>رپورٹ میں آپ کی پالیسی کے بجائے کوئی اور پالیسی شامل ہے؛ صرف آپ کی پالیسی قابلِ اعتماد مانی جاتی ہے</translation>
    </message>
    <message>
        <source>{path} is not a report, attestation, proof or count that Tijori can verify</source>
        <translation>‏{path} ایسی رپورٹ، تصدیق نامہ، ثبوت یا گنتی نہیں ہے جسے Tijori جانچ سکے</translation>
    </message>
    <message>
        <source>the first --policy is the policy you trust, a file; {first} is a folder (give older versions after it)</source>
        <translation>پہلی --policy وہ پالیسی ہے جس پر آپ بھروسہ کرتے ہیں، یعنی ایک فائل؛ {first} ایک فولڈر ہے (پرانے ورژن اس کے بعد دیں)</translation>
    </message>
    <message>
        <source>payload type {payload_type!r} is not a statement</source>
        <translation>پے لوڈ کی قسم {payload_type!r} بیان نہیں ہے</translation>
    </message>
    <message>
        <source>attestation {attestation_id} as of {as_of}, number {sequence} of its series ({schema})</source>
        <translation>تصدیق نامہ {attestation_id} بتاریخ {as_of}، اپنے سلسلے کا نمبر {sequence} ({schema})</translation>
    </message>
    <message>
        <source>attestation {attestation_id} as of {as_of} ({schema})</source>
        <translation>تصدیق نامہ {attestation_id} بتاریخ {as_of} ({schema})</translation>
    </message>
    <message>
        <source>made under policy version {named_version}, newer than yours (version {version}): update your trusted policy</source>
        <translation>پالیسی ورژن {named_version} کے تحت بنا، جو آپ کی پالیسی (ورژن {version}) سے نیا ہے: اپنی قابلِ اعتماد پالیسی تازہ کریں</translation>
    </message>
    <message>
        <source>made under policy version {named_version} (digest {digest}…), which cannot be reached from your trusted policy (version {version}): {problem}</source>
        <translation>پالیسی ورژن {named_version} (ڈائجسٹ {digest}…) کے تحت بنا، جس تک آپ کی قابلِ اعتماد پالیسی (ورژن {version}) سے نہیں پہنچا جا سکتا: {problem}</translation>
    </message>
    <message>
        <source>names policy version {named_version}, but the policy of that digest is version {version}</source>
        <translation>پالیسی ورژن {named_version} کا نام لیتا ہے، لیکن اس ڈائجسٹ والی پالیسی کا ورژن {version} ہے</translation>
    </message>
    <message>
        <source>made under your trusted policy (version {version}, digest {digest}…)</source>
        <translation>آپ کی قابلِ اعتماد پالیسی (ورژن {version}، ڈائجسٹ {digest}…) کے تحت بنا</translation>
    </message>
    <message>
        <source>made under policy version {named_version}, reached from your trusted version {version} through {value} signed rotation(s)</source>
        <translation>پالیسی ورژن {named_version} کے تحت بنا، جس تک آپ کے قابلِ اعتماد ورژن {version} سے {value} دستخط شدہ تبدیلیوں کے ذریعے پہنچا گیا</translation>
    </message>
    <message>
        <source>no {ATTESTED_ROLES} key of the trust policy verifies it</source>
        <translation>ٹرسٹ پالیسی کی کوئی {ATTESTED_ROLES} کلید اس کی تصدیق نہیں کرتی</translation>
    </message>
    <message>
        <source>the leaves give root {root}…, not the stated one</source>
        <translation>پتوں سے جڑ {root}… حاصل ہوتی ہے، بیان کردہ جڑ نہیں</translation>
    </message>
    <message>
        <source>names attestation {attestation_id} as its previous</source>
        <translation>تصدیق نامہ {attestation_id} کو اپنا پچھلا بتاتا ہے</translation>
    </message>
    <message>
        <source>does not name attestation {attestation_id} as its previous</source>
        <translation>تصدیق نامہ {attestation_id} کو اپنا پچھلا نہیں بتاتا</translation>
    </message>
    <message>
        <source>ledger {ledger_id}</source>
        <translation>لیجر {ledger_id}</translation>
    </message>
    <message>
        <source>ledger {ledger_id}, the previous one&apos;s is {ledger_id2}</source>
        <translation>لیجر {ledger_id}، جبکہ پچھلے کا لیجر {ledger_id2} ہے</translation>
    </message>
    <message>
        <source>the previous attestation is of version 1, without a sequence number</source>
        <translation>پچھلا تصدیق نامہ ورژن 1 کا ہے، جس میں ترتیبی نمبر نہیں</translation>
    </message>
    <message>
        <source>as of {as_of}, before the previous {as_of2}</source>
        <translation>بتاریخ {as_of}، جو پچھلے {as_of2} سے پہلے ہے</translation>
    </message>
    <message>
        <source>the journal of {size} events extends the previous {size2}</source>
        <translation>جرنل کے {size} اندراجات پچھلے {size2} اندراجات کا تسلسل ہیں</translation>
    </message>
    <message>
        <source>the policy cannot be read, so no signature can be trusted</source>
        <translation>پالیسی نہیں پڑھی جا سکتی، اس لیے کسی دستخط پر بھروسہ نہیں کیا جا سکتا</translation>
    </message>
    <message>
        <source>holding {holding} is not in attestation {attestation_id}</source>
        <translation>ہولڈنگ {holding} تصدیق نامہ {attestation_id} میں نہیں ہے</translation>
    </message>
    <message>
        <source>{leaves_path} does not give the attested root</source>
        <translation>‏{leaves_path} سے تصدیق شدہ جڑ حاصل نہیں ہوتی</translation>
    </message>
    <message>
        <source>holding {id} ({kind}) is leaf {index} of {size} under the attested root of the attestation as of {as_of}</source>
        <translation>ہولڈنگ {id} ({kind}) بتاریخ {as_of} تصدیق نامے کی تصدیق شدہ جڑ کے تحت {size} میں سے پتا نمبر {index} ہے</translation>
    </message>
    <message>
        <source>{source}: {problem}</source>
        <translation>بنڈل {source} میں خرابی: {problem}</translation>
    </message>
    <message>
        <source>is not a proof</source>
        <translation>ثبوت نہیں ہے</translation>
    </message>
    <message>
        <source>is not a proof of this bundle&apos;s attestation</source>
        <translation>اس بنڈل کے تصدیق نامے کا ثبوت نہیں ہے</translation>
    </message>
    <message>
        <source>version {named_version} was in force when the statement was made</source>
        <translation>بیان بنتے وقت ورژن {named_version} نافذ تھا</translation>
    </message>
    <message>
        <source>version {named_version} had expired ({expires}) when the statement was made ({created})</source>
        <translation>بیان بنتے وقت ({created}) ورژن {named_version} کی میعاد ختم ہو چکی تھی ({expires})</translation>
    </message>
    <message>
        <source>its {future} is in the future (your clock says {now})</source>
        <translation>اس کا {future} مستقبل میں ہے (آپ کی گھڑی کے مطابق {now})</translation>
    </message>
    <message>
        <source>{said}, within the {describe_age} allowed (--max-age)</source>
        <translation>‏{said}، اجازت شدہ {describe_age} کے اندر (--max-age)</translation>
    </message>
    <message>
        <source>{said}, older than the {describe_age} allowed (--max-age)</source>
        <translation>‏{said}، اجازت شدہ {describe_age} سے پرانا (--max-age)</translation>
    </message>
    <message>
        <source>the token section is malformed: {exc}</source>
        <translation>ٹوکن والا حصہ خراب ہے: {exc}</translation>
    </message>
    <message>
        <source>not covered by this attestation: its scope does not hold every {commodity} of the ledger</source>
        <translation>یہ تصدیق نامہ اس کا احاطہ نہیں کرتا: اس کے دائرے میں لیجر کا تمام {commodity} شامل نہیں</translation>
    </message>
    <message>
        <source>no supply recorded: its coverage cannot be shown</source>
        <translation>کوئی سپلائی درج نہیں: اس کا احاطہ نہیں دکھایا جا سکتا</translation>
    </message>
    <message>
        <source>number {sequence} follows {sequence2}</source>
        <translation>نمبر {sequence}، نمبر {sequence2} کے بعد آتا ہے</translation>
    </message>
    <message>
        <source>number {sequence} does not follow {sequence2}</source>
        <translation>نمبر {sequence}، نمبر {sequence2} کے بعد نہیں آتا</translation>
    </message>
    <message>
        <source>the previous attestation {attestation_id} was not given (--previous): the link and the journal&apos;s consistency were not checked</source>
        <translation>پچھلا تصدیق نامہ {attestation_id} نہیں دیا گیا (--previous): کڑی اور جرنل کی مطابقت کی پڑتال نہیں ہوئی</translation>
    </message>
    <message>
        <source>cannot read leaves file {leaves_path}: {exc}</source>
        <translation>پتوں کی فائل {leaves_path} نہیں پڑھی جا سکتی: {exc}</translation>
    </message>
    <message>
        <source>{source} is not a Tijori proof</source>
        <translation>‏{source} کوئی Tijori ثبوت نہیں ہے</translation>
    </message>
    <message>
        <source>{source} is malformed: {exc}</source>
        <translation>‏{source} خراب ہے: {exc}</translation>
    </message>
    <message>
        <source>the cover cannot be read: {exc}</source>
        <translation>سرورق نہیں پڑھا جا سکتا: {exc}</translation>
    </message>
    <message>
        <source>{leaves_path} holds the leaves of another attestation</source>
        <translation>‏{leaves_path} میں کسی اور تصدیق نامے کے پتے ہیں</translation>
    </message>
    <message>
        <source>the embedded {count}: {exc}</source>
        <translation>شامل کردہ {count}: {exc}</translation>
    </message>
    <message>
        <source>Cancelled: the count sheets were stopped and not written.</source>
        <translation>منسوخ: گنتی شیٹس روک دی گئیں اور نہیں لکھی گئیں۔</translation>
    </message>
    <message>
        <source>Cancelled: the count sheet was stopped and not written.</source>
        <translation>منسوخ: گنتی شیٹ روک دی گئی اور نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <source>page 1 is the cover the signed statement gives: drawn again from it, the same drawing operations, fonts and resources, and nothing drawn over it</source>
        <translation>صفحہ 1 وہی سرورق ہے جو دستخط شدہ بیان دیتا ہے: اس سے دوبارہ بنایا گیا، وہی ڈرائنگ عمل، فونٹ اور وسائل، اور اس کے اوپر کچھ نہیں بنایا گیا</translation>
    </message>
    <message>
        <source>the cover (page 1) is not the one the statement gives: {exc}</source>
        <translation>سرورق (صفحہ 1) وہ نہیں ہے جو بیان دیتا ہے: {exc}</translation>
    </message>
    <message>
        <source>the cover cannot be checked: {why}</source>
        <translation>سرورق کی پڑتال نہیں ہو سکتی: {why}</translation>
    </message>
    <message>
        <source>page 1 has no entry {key}, unlike the rebuilt cover</source>
        <translation>صفحہ 1 میں اندراج {key} نہیں، جبکہ دوبارہ بنائے گئے سرورق میں ہے</translation>
    </message>
    <message>
        <source>page 1 has an entry {key}, unlike the rebuilt cover</source>
        <translation>صفحہ 1 میں اندراج {key} ہے، جبکہ دوبارہ بنائے گئے سرورق میں نہیں</translation>
    </message>
    <message>
        <source>its entry {key} differs from the rebuilt cover&apos;s (at {where})</source>
        <translation>اس کا اندراج {key} دوبارہ بنائے گئے سرورق سے مختلف ہے ({where} پر)</translation>
    </message>
    <message>
        <source>its entry {key} differs from the rebuilt cover&apos;s</source>
        <translation>اس کا اندراج {key} دوبارہ بنائے گئے سرورق سے مختلف ہے</translation>
    </message>
    <message>
        <source>it lacks the {kind} {name} of the rebuilt cover</source>
        <translation>اس میں دوبارہ بنائے گئے سرورق کا {kind} {name} نہیں</translation>
    </message>
    <message>
        <source>its {kind} {name} differs from the rebuilt cover&apos;s (at {where})</source>
        <translation>اس کا {kind} {name} دوبارہ بنائے گئے سرورق سے مختلف ہے ({where} پر)</translation>
    </message>
    <message>
        <source>an attachment needs a name</source>
        <translation>منسلکہ فائل کا نام ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>{what} must be bytes</source>
        <translation>‏{what} بائٹس ہونے چاہئیں</translation>
    </message>
    <message>
        <source>the certificate chain must be a list of certificates</source>
        <translation>سرٹیفکیٹ کا سلسلہ سرٹیفکیٹس کی فہرست ہونا چاہیے</translation>
    </message>
    <message>
        <source>the report must be signed with a Tijori private key</source>
        <translation>رپورٹ پر Tijori کی نجی کلید سے دستخط ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>a signed report needs at least one attachment</source>
        <translation>دستخط شدہ رپورٹ میں کم از کم ایک منسلکہ فائل ضروری ہے</translation>
    </message>
    <message>
        <source>the signature needs a signer name</source>
        <translation>دستخط کے لیے دستخط کنندہ کا نام ضروری ہے</translation>
    </message>
    <message>
        <source>the signing reason must be text</source>
        <translation>دستخط کی وجہ متن ہونی چاہیے</translation>
    </message>
    <message>
        <source>attachment name {name!r}... is too long</source>
        <translation>منسلکہ فائل کا نام {name!r}... بہت لمبا ہے</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is self-signed; it has no chain</source>
        <translation>دستخط کنندہ کا سرٹیفکیٹ خود دستخط شدہ ہے؛ اس کا کوئی سلسلہ نہیں</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was issued by {certificate_issuer}; the signature needs exactly that CA&apos;s certificate beside it</source>
        <translation>دستخط کنندہ کا سرٹیفکیٹ {certificate_issuer} نے جاری کیا ہے؛ دستخط کے ساتھ بالکل اسی CA کا سرٹیفکیٹ ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>the certificate is for key {keyid}…, not the signing key {keyid2}…</source>
        <translation>سرٹیفکیٹ کلید {keyid}… کا ہے، دستخط کرنے والی کلید {keyid2}… کا نہیں</translation>
    </message>
    <message>
        <source>the signing time needs a time zone</source>
        <translation>دستخط کے وقت میں ٹائم زون ہونا ضروری ہے</translation>
    </message>
    <message>
        <source>the signing time {signing_time:%Y-%m-%dT%H:%M:%SZ} is outside the certificate&apos;s validity ({not_before:%Y-%m-%dT%H:%M:%SZ} to {not_after:%Y-%m-%dT%H:%M:%SZ})</source>
        <translation>دستخط کا وقت {signing_time:%Y-%m-%dT%H:%M:%SZ} سرٹیفکیٹ کی مدتِ مؤثر ({not_before:%Y-%m-%dT%H:%M:%SZ} سے {not_after:%Y-%m-%dT%H:%M:%SZ} تک) سے باہر ہے</translation>
    </message>
    <message>
        <source>the report PDF is encrypted; sign an unencrypted one</source>
        <translation>رپورٹ کی PDF خفیہ کردہ ہے؛ غیر خفیہ کردہ PDF پر دستخط کریں</translation>
    </message>
    <message>
        <source>the report PDF is already signed</source>
        <translation>رپورٹ کی PDF پر پہلے سے دستخط ہیں</translation>
    </message>
    <message>
        <source>the report PDF already has embedded files</source>
        <translation>رپورٹ کی PDF میں پہلے سے فائلیں شامل ہیں</translation>
    </message>
    <message>
        <source>attachment name {name!r} is not a plain relative path of letters, digits and punctuation</source>
        <translation>منسلکہ فائل کا نام {name!r} حروف، ہندسوں اور رموزِ اوقاف پر مشتمل سادہ نسبتی راستہ نہیں ہے</translation>
    </message>
    <message>
        <source>attachment name {name!r} has spaces around a part</source>
        <translation>منسلکہ فائل کے نام {name!r} میں کسی حصے کے ارد گرد خالی جگہ ہے</translation>
    </message>
    <message>
        <source>report signatures use SHA-256, not {digest_algorithm}</source>
        <translation>رپورٹ کے دستخط SHA-256 استعمال کرتے ہیں، {digest_algorithm} نہیں</translation>
    </message>
    <message>
        <source>the report PDF cannot be read: {why}</source>
        <translation>رپورٹ کی PDF نہیں پڑھی جا سکتی: {why}</translation>
    </message>
    <message>
        <source>the signed bytes match and the ECDSA P-256/SHA-256 signature verifies</source>
        <translation>دستخط شدہ بائٹس مطابق ہیں اور ECDSA P-256/SHA-256 دستخط درست ہے</translation>
    </message>
    <message>
        <source>the report is not bytes</source>
        <translation>رپورٹ بائٹس نہیں ہے</translation>
    </message>
    <message>
        <source>the PDF carries no signature (unsigned or stripped)</source>
        <translation>‏PDF میں کوئی دستخط نہیں (دستخط نہیں ہوئے یا ہٹا دیے گئے)</translation>
    </message>
    <message>
        <source>one PAdES signature ({PADES_SUBFILTER}) in field {field_name!r}</source>
        <translation>فیلڈ {field_name!r} میں ایک PAdES دستخط ({PADES_SUBFILTER})</translation>
    </message>
    <message>
        <source>the signed report carries no embedded files</source>
        <translation>دستخط شدہ رپورٹ میں کوئی فائل شامل نہیں</translation>
    </message>
    <message>
        <source>the signed bytes do not match the digest in the signature: the document was changed after signing</source>
        <translation>دستخط شدہ بائٹس دستخط میں موجود ڈائجسٹ سے مطابقت نہیں رکھتے: دستاویز دستخط کے بعد بدلی گئی</translation>
    </message>
    <message>
        <source>the signature value does not verify with the certificate&apos;s key</source>
        <translation>دستخط کی قدر سرٹیفکیٹ کی کلید سے درست ثابت نہیں ہوتی</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate cannot be read</source>
        <translation>دستخط کنندہ کا سرٹیفکیٹ نہیں پڑھا جا سکتا</translation>
    </message>
    <message>
        <source>signed by {who}, a report signer in the trust policy; certificate valid at the claimed signing time {when}{issued}</source>
        <translation>دستخط کنندہ {who}، جو ٹرسٹ پالیسی میں رپورٹ دستخط کنندہ ہے؛ سرٹیفکیٹ دعویٰ کردہ دستخط کے وقت {when} پر مؤثر تھا{issued}</translation>
    </message>
    <message>
        <source>the PDF carries {count} signatures; a Tijori report has exactly one</source>
        <translation>‏PDF میں {count} دستخط ہیں؛ Tijori رپورٹ میں ٹھیک ایک ہوتا ہے</translation>
    </message>
    <message>
        <source>the signature is {kind} {subfilter}, not a PAdES signature (/Sig {PADES_SUBFILTER})</source>
        <translation>دستخط {kind} {subfilter} ہے، PAdES دستخط (/Sig {PADES_SUBFILTER}) نہیں</translation>
    </message>
    <message>
        <source>{count} embedded file(s): {listing}</source>
        <translation>‏{count} شامل کردہ فائلیں: {listing}</translation>
    </message>
    <message>
        <source>the signature uses {mechanism} with {digest_algorithm}, not ECDSA with SHA-256</source>
        <translation>دستخط میں {mechanism} کے ساتھ {digest_algorithm} استعمال ہوا ہے، SHA-256 کے ساتھ ECDSA نہیں</translation>
    </message>
    <message>
        <source>the signer ({who}) is not a report signer in the trust policy</source>
        <translation>دستخط کنندہ ({who}) ٹرسٹ پالیسی میں رپورٹ دستخط کنندہ نہیں ہے</translation>
    </message>
    <message>
        <source>the signer ({who}) is listed, but the signature does not verify, so it vouches for nothing</source>
        <translation>دستخط کنندہ ({who}) فہرست میں ہے، لیکن دستخط درست ثابت نہیں ہوتا، اس لیے یہ کسی چیز کی ضمانت نہیں دیتا</translation>
    </message>
    <message>
        <source>the signer ({who}) is listed, but its certificate is not valid at the signing time {when}: it is valid from {not_before:%Y-%m-%dT%H:%M:%SZ} to {not_after:%Y-%m-%dT%H:%M:%SZ}</source>
        <translation>دستخط کنندہ ({who}) فہرست میں ہے، لیکن اس کا سرٹیفکیٹ دستخط کے وقت {when} پر مؤثر نہیں: یہ {not_before:%Y-%m-%dT%H:%M:%SZ} سے {not_after:%Y-%m-%dT%H:%M:%SZ} تک مؤثر ہے</translation>
    </message>
    <message>
        <source>not checked: {reason}</source>
        <translation>پڑتال نہیں ہوئی: {reason}</translation>
    </message>
    <message>
        <source>the signature cannot be read ({why})</source>
        <translation>دستخط نہیں پڑھا جا سکتا ({why})</translation>
    </message>
    <message>
        <source>the signature cannot be checked ({why})</source>
        <translation>دستخط کی پڑتال نہیں ہو سکتی ({why})</translation>
    </message>
    <message>
        <source>the signature covers all {count} bytes but its own value; no update follows it</source>
        <translation>دستخط اپنی قدر کے سوا تمام {count} بائٹس کا احاطہ کرتا ہے؛ اس کے بعد کوئی ترمیم نہیں</translation>
    </message>
    <message>
        <source>the signature&apos;s coverage cannot be checked ({why})</source>
        <translation>دستخط کے احاطے کی پڑتال نہیں ہو سکتی ({why})</translation>
    </message>
    <message>
        <source>the signing time cannot be read ({why})</source>
        <translation>دستخط کا وقت نہیں پڑھا جا سکتا ({why})</translation>
    </message>
    <message>
        <source>the embedded files cannot be read ({why})</source>
        <translation>شامل کردہ فائلیں نہیں پڑھی جا سکتیں ({why})</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not a report signer&apos;s: {exc}</source>
        <translation>دستخط کنندہ کا سرٹیفکیٹ رپورٹ دستخط کنندہ کا نہیں ہے: {exc}</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate cannot be read ({why})</source>
        <translation>دستخط کنندہ کا سرٹیفکیٹ نہیں پڑھا جا سکتا ({why})</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Attestation (*.json);;All files (*)</source>
        <extracomment>A plan is there: its path and the plan. Asked before a new plan replaces the one being counted (the window&apos;s question).</extracomment>
        <translation>تصدیق نامہ (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>تصدیق نامہ:</translation>
    </message>
    <message>
        <source>The final attestation to count</source>
        <translation>وہ حتمی تصدیق نامہ جس کی گنتی کرنی ہے</translation>
    </message>
    <message>
        <source>Leaves:</source>
        <translation>پتے:</translation>
    </message>
    <message>
        <source>The attestation&apos;s leaves</source>
        <translation>تصدیق نامے کے پتے</translation>
    </message>
    <message>
        <source>Leaves (*.jsonl);;All files (*)</source>
        <translation>پتے (*.jsonl);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Trust policy:</source>
        <translation>ٹرسٹ پالیسی:</translation>
    </message>
    <message>
        <source>The trust policy you hold</source>
        <translation>آپ کے پاس موجود ٹرسٹ پالیسی</translation>
    </message>
    <message>
        <source>Trust policy (*.json);;All files (*)</source>
        <translation>ٹرسٹ پالیسی (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>The attestation is verified with its leaves under your policy first: one that does not verify gives no plan.</source>
        <translation>پہلے تصدیق نامہ اپنے پتوں سمیت آپ کی پالیسی کے تحت جانچا جاتا ہے: جو درست نہ نکلے اس سے کوئی منصوبہ نہیں بنتا۔</translation>
    </message>
    <message>
        <source>Plan file:</source>
        <translation>منصوبے کی فائل:</translation>
    </message>
    <message>
        <source>Where to write the plan</source>
        <translation>منصوبہ کہاں لکھیں</translation>
    </message>
    <message>
        <source>Plan (*.json);;All files (*)</source>
        <translation>منصوبہ (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Nonce file:</source>
        <translation>نانس فائل:</translation>
    </message>
    <message>
        <source>Your nonce file</source>
        <translation>آپ کی نانس فائل</translation>
    </message>
    <message>
        <source>Nonce (*.txt);;All files (*)</source>
        <translation>نانس (*.txt);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Confidence (%):</source>
        <translation>اعتماد (%):</translation>
    </message>
    <message>
        <source>Tolerable rate (%):</source>
        <translation>قابلِ برداشت شرح (%):</translation>
    </message>
    <message>
        <source>The rate of missing or mismatched holdings you can tolerate.</source>
        <translation>غائب یا بے میل ہولڈنگز کی وہ شرح جو آپ برداشت کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>خصوصیت کے مطابق</translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>وزن کے مطابق</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>طریقہ:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>نمونہ:</translation>
    </message>
    <message>
        <source>What is counted</source>
        <translation>کیا گنا جاتا ہے</translation>
    </message>
    <message>
        <source>The sample</source>
        <translation>نمونہ</translation>
    </message>
    <message>
        <source>Make the plan</source>
        <translation>منصوبہ بنائیں</translation>
    </message>
    <message>
        <source>Open a plan made earlier…</source>
        <translation>پہلے سے بنا منصوبہ کھولیں…</translation>
    </message>
    <message>
        <source>Commit to the nonce…</source>
        <translation>نانس کا عہد کریں…</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>منصوبہ</translation>
    </message>
    <message>
        <source>Next: the sheets ›</source>
        <translation>اگلا: شیٹیں ›</translation>
    </message>
    <message>
        <source>Choose where the nonce file goes.</source>
        <translation>نانس فائل کی جگہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Give the custodian this commitment before the signing request is made (it is on the clipboard); keep the nonce file to yourself until the plan:
{commitment}</source>
        <translation>دستخط کی درخواست بننے سے پہلے کسٹوڈین کو یہ عہد دیں (یہ کلپ بورڈ پر ہے)؛ منصوبے تک نانس فائل اپنے پاس رکھیں:
{commitment}</translation>
    </message>
    <message>
        <source>This file exists: the nonce in it is used.</source>
        <translation>یہ فائل موجود ہے: اس میں موجود نانس استعمال ہوتا ہے۔</translation>
    </message>
    <message>
        <source>When this file does not exist, 32 random bytes are drawn into it: best before the request, with Commit to the nonce…, so the statement binds it; else only after the attestation is final.</source>
        <translation>جب یہ فائل موجود نہ ہو تو اس میں 32 بے ترتیب بائٹس نکالے جاتے ہیں: بہتر ہے درخواست سے پہلے، نانس کا عہد کریں… سے، تاکہ بیان اسے باندھ دے؛ ورنہ صرف تصدیق نامہ حتمی ہونے کے بعد۔</translation>
    </message>
    <message>
        <source>Every bar and lot is equally likely to be counted.</source>
        <translation>ہر بار اور لاٹ کے گنے جانے کا امکان برابر ہے۔</translation>
    </message>
    <message>
        <source>A bar or lot twice as large is twice as likely to be counted (monetary-unit sampling, for each commodity).</source>
        <translation>دگنی بڑی بار یا لاٹ کے گنے جانے کا امکان دگنا ہے (مانیٹری یونٹ سیمپلنگ، ہر جنس کے لیے الگ)۔</translation>
    </message>
    <message>
        <source>n = {n} bars and lots (every one, when there are fewer), and every tank and gas inventory.</source>
        <translation>‏n = {n} بار اور لاٹ (اگر اس سے کم ہوں تو ہر ایک)، اور ہر ٹینک اور گیس انوینٹری۔</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>بدل دیں؟</translation>
    </message>
    <message>
        <source>{path} exists. Replace it with a new plan?</source>
        <translation>‏{path} موجود ہے۔ اس کی جگہ نیا منصوبہ لکھ دیں؟</translation>
    </message>
    <message>
        <source>Draw a nonce?</source>
        <translation>نانس نکالیں؟</translation>
    </message>
    <message>
        <source>{path} does not exist: 32 random bytes will be drawn into it now, and the sample follows from them. Draw the nonce only after the attestation is final (signed and finalized), never before. Draw it now?</source>
        <translation>‏{path} موجود نہیں: اب اس میں 32 بے ترتیب بائٹس نکالے جائیں گے، اور نمونہ انہی سے نکلے گا۔ نانس تصدیق نامہ حتمی ہونے (دستخط ہو کر حتمی ہو جانے) کے بعد ہی نکالیں، کبھی پہلے نہیں۔ ابھی نکالیں؟</translation>
    </message>
    <message>
        <source>Verifying the attestation and drawing the sample…</source>
        <translation>تصدیق نامہ جانچا جا رہا ہے اور نمونہ نکالا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>منصوبہ کھولیں</translation>
    </message>
    <message>
        <source>Not a plan</source>
        <translation>یہ منصوبہ نہیں</translation>
    </message>
    <message>
        <source>{path}
{what}
Attestation {id} as of {as_of}.
Nonce {nonce}
Seed {seed}</source>
        <translation>‏{path}
{what}
تصدیق نامہ {id} بتاریخ {as_of}۔
نانس {nonce}
سیڈ {seed}</translation>
    </message>
</context>
<context>
    <name>ProgrammeStatementView</name>
    <message>
        <source>Programme:</source>
        <extracomment>Rows a table shows before it scrolls on its own (so that the page&apos;s buttons stay near).</extracomment>
        <translation>پروگرام:</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>تصدیق نامہ:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>بتاریخ:</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation>ترتیب نمبر:</translation>
    </message>
    <message>
        <source>Previous attestation:</source>
        <translation>پچھلا تصدیق نامہ:</translation>
    </message>
    <message>
        <source>Counted twice:</source>
        <translation>دو بار گنی گئیں:</translation>
    </message>
    <message>
        <source>Members&apos; tree:</source>
        <translation>ارکان کا درخت:</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>رکن</translation>
    </message>
    <message>
        <source>Custodian</source>
        <translation>کسٹوڈین</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>بتاریخ</translation>
    </message>
    <message>
        <source>Holdings</source>
        <translation>ہولڈنگز</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>میزان</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>ارکان</translation>
    </message>
    <message>
        <source>Totals of all the members</source>
        <translation>تمام ارکان کا میزان</translation>
    </message>
    <message>
        <source>Token coverage</source>
        <translation>ٹوکن کا احاطہ</translation>
    </message>
    <message>
        <source>{name}, policy version {version}</source>
        <translation>‏{name}، پالیسی ورژن {version}</translation>
    </message>
    <message>
        <source>{id} as of {as_of}, sequence {sequence}</source>
        <translation>‏{id} بتاریخ {as_of}، ترتیب نمبر {sequence}</translation>
    </message>
    <message>
        <source>none: this is the programme&apos;s first attestation</source>
        <translation>کوئی نہیں: یہ پروگرام کا پہلا تصدیق نامہ ہے</translation>
    </message>
    <message>
        <source>{count} members, root {root}</source>
        <translation>‏{count} ارکان، جڑ {root}</translation>
    </message>
    <message>
        <source>No token file was given: no coverage is stated.</source>
        <translation>کوئی ٹوکن فائل نہیں دی گئی: کوئی احاطہ بیان نہیں ہوا۔</translation>
    </message>
    <message>
        <source>{identities} identities checked, {found} counted twice</source>
        <translation>‏{identities} شناختیں جانچی گئیں، {found} دو بار گنی گئیں</translation>
    </message>
    <message>
        <source>{identities} identities checked (bars: {bars}, lots: {lots}, tanks: {tanks}), none counted twice. Holdings with no identity to compare (gas inventories): {unidentified}.</source>
        <translation>‏{identities} شناختیں جانچی گئیں (بار: {bars}، لاٹ: {lots}، ٹینک: {tanks})، کوئی دو بار نہیں گنی گئی۔ وہ ہولڈنگز جن کی موازنے کے لیے کوئی شناخت نہیں (گیس انوینٹریز): {unidentified}۔</translation>
    </message>
    <message>
        <source>{identities} identities checked (bars: {bars}, lots: {lots}, tanks: {tanks}), none counted twice.</source>
        <translation>‏{identities} شناختیں جانچی گئیں (بار: {bars}، لاٹ: {lots}، ٹینک: {tanks})، کوئی دو بار نہیں گنی گئی۔</translation>
    </message>
</context>
<context>
    <name>ProgrammeWindow</name>
    <message>
        <source>Tijori — programme</source>
        <extracomment>Rows the check&apos;s tables show before they scroll on their own. The request written or opened: its path and the programme statement. The attestation finalised: finalize&apos;s result with its &quot;path&quot;.</extracomment>
        <translation>‏Tijori — پروگرام</translation>
    </message>
    <message>
        <source>Open a request…</source>
        <translation>درخواست کھولیں…</translation>
    </message>
    <message>
        <source>Resume the signing of a programme request written earlier</source>
        <translation>پہلے لکھی گئی پروگرام کی درخواست کے دستخط دوبارہ شروع کریں</translation>
    </message>
    <message>
        <source>Programme policy:</source>
        <translation>پروگرام کی پالیسی:</translation>
    </message>
    <message>
        <source>The programme policy</source>
        <translation>پروگرام کی پالیسی</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>رکن شامل کریں…</translation>
    </message>
    <message>
        <source>A member&apos;s attestation, then its leaves file</source>
        <translation>رکن کا تصدیق نامہ، پھر اس کی پتوں کی فائل</translation>
    </message>
    <message>
        <source>Add member policies…</source>
        <translation>رکنوں کی پالیسیاں شامل کریں…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>صاف کریں</translation>
    </message>
    <message>
        <source>The members&apos; files</source>
        <translation>رکنوں کی فائلیں</translation>
    </message>
    <message>
        <source>Attestations and their leaves:</source>
        <translation>تصدیق نامے اور ان کے پتے:</translation>
    </message>
    <message>
        <source>Their policies (those pinned, and any later versions):</source>
        <translation>ان کی پالیسیاں (مقرر شدہ، اور بعد کے ورژن):</translation>
    </message>
    <message>
        <source>Check the programme</source>
        <translation>پروگرام کی پڑتال کریں</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>رکن</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>تصدیق نامہ</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>بتاریخ</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>وقفے کے اندر</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>کیوں نہیں</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <source>Found under</source>
        <translation>کہاں ملا</translation>
    </message>
    <message>
        <source>Holdings counted by more than one member</source>
        <translation>ایک سے زیادہ ارکان کی گنی ہوئی ہولڈنگز</translation>
    </message>
    <message>
        <source>The programme&apos;s signing request</source>
        <translation>پروگرام کی دستخط کی درخواست</translation>
    </message>
    <message>
        <source>Checks what a programme statement rests on: the programme policy holds; each member&apos;s attestation verifies with its leaves under the policy the programme pins for it; all are dated within the programme&apos;s window; none is missing or given twice; and no bar, lot or tank is counted by two of them.</source>
        <translation>وہ سب جانچتا ہے جس پر پروگرام کا بیان قائم ہے: پروگرام کی پالیسی قائم ہے؛ ہر رکن کا تصدیق نامہ اپنے پتوں کے ساتھ اس پالیسی کے تحت درست ثابت ہوتا ہے جو پروگرام اس کے لیے مقرر کرتا ہے؛ سب پروگرام کے وقفے کے اندر تاریخ شدہ ہیں؛ کوئی غائب یا دو بار نہیں؛ اور کوئی بار، لاٹ یا ٹینک دو رکنوں نے نہیں گنا۔</translation>
    </message>
    <message>
        <source>The check passed: the operator now writes the programme&apos;s signing request. Its statement sums the members&apos; totals. Give the token file (CSV: {columns}) to state each token&apos;s coverage, and the programme&apos;s previous attestation to chain this one to it. Both are optional.</source>
        <translation>پڑتال کامیاب ہو گئی: اب آپریٹر پروگرام کی دستخط کی درخواست لکھتا ہے۔ اس کا بیان ارکان کے میزان جمع کرتا ہے۔ ہر ٹوکن کا احاطہ بیان کرنے کے لیے ٹوکن فائل دیں (CSV: {columns})، اور اسے پچھلے سے جوڑنے کے لیے پروگرام کا پچھلا تصدیق نامہ۔ دونوں اختیاری ہیں۔</translation>
    </message>
    <message>
        <source>Token file:</source>
        <translation>ٹوکن فائل:</translation>
    </message>
    <message>
        <source>The programme&apos;s tokens</source>
        <translation>پروگرام کے ٹوکن</translation>
    </message>
    <message>
        <source>Token files (*.csv);;All files (*)</source>
        <translation>ٹوکن فائلیں (*.csv);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Previous attestation:</source>
        <translation>پچھلا تصدیق نامہ:</translation>
    </message>
    <message>
        <source>The programme&apos;s previous attestation</source>
        <translation>پروگرام کا پچھلا تصدیق نامہ</translation>
    </message>
    <message>
        <source>the latest member&apos;s as-of</source>
        <translation>آخری رکن کی تاریخ</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>بتاریخ:</translation>
    </message>
    <message>
        <source>Optional: the programme&apos;s as-of, such as 2027-01-31T23:59:59Z; every member&apos;s must lie within the window of it.</source>
        <translation>اختیاری: پروگرام کی تاریخ، جیسے 2027-01-31T23:59:59Z؛ ہر رکن کی تاریخ اس کی ونڈو کے اندر ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Write the signing request…</source>
        <translation>دستخط کی درخواست لکھیں…</translation>
    </message>
    <message>
        <source>The programme statement</source>
        <translation>پروگرام کا بیان</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <source>Carry the request to the programme&apos;s operator and auditor. Each signs it on their own offline PC, where Tijori checks every member again, and brings back a response file or shows it as QR codes. Add the responses here; you can close this window and open the request again later.</source>
        <translation>درخواست پروگرام کے آپریٹر اور آڈیٹر کے پاس لے جائیں۔ ہر ایک اپنے آف لائن کمپیوٹر پر اس پر دستخط کرتا ہے، جہاں Tijori ہر رکن کی دوبارہ پڑتال کرتا ہے، اور جواب کی فائل لاتا ہے یا اسے QR کوڈز کی صورت میں دکھاتا ہے۔ جواب یہاں شامل کریں؛ آپ یہ ونڈو بند کر کے بعد میں درخواست دوبارہ کھول سکتے ہیں۔</translation>
    </message>
    <message>
        <source>A member&apos;s attestation</source>
        <translation>رکن کا تصدیق نامہ</translation>
    </message>
    <message>
        <source>Its leaves file</source>
        <translation>اس کی پتوں کی فائل</translation>
    </message>
    <message>
        <source>Leaves (*.jsonl);;All files (*)</source>
        <translation>پتے (*.jsonl);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>The members&apos; policies</source>
        <translation>رکنوں کی پالیسیاں</translation>
    </message>
    <message>
        <source>The files changed since the check: check the programme again before writing its request.</source>
        <translation>پڑتال کے بعد فائلیں بدل گئیں: درخواست لکھنے سے پہلے پروگرام کی دوبارہ پڑتال کریں۔</translation>
    </message>
    <message>
        <source>Add each member&apos;s attestation and leaves first.</source>
        <translation>پہلے ہر رکن کا تصدیق نامہ اور پتے شامل کریں۔</translation>
    </message>
    <message>
        <source>Checking the members and their holdings…</source>
        <translation>رکنوں اور ان کی ہولڈنگز کی پڑتال ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was checked.</source>
        <translation>منسوخ: کچھ نہیں جانچا گیا۔</translation>
    </message>
    <message>
        <source>The programme check passed: {count} members verified, within the window, and {identities} identities each counted once.</source>
        <translation>پروگرام کی پڑتال کامیاب: {count} رکن تصدیق شدہ، وقفے کے اندر، اور {identities} شناختیں ہر ایک صرف ایک بار گنی گئیں۔</translation>
    </message>
    <message>
        <source>members that do not hold: {names}</source>
        <translation>رکن جو قائم نہیں: {names}</translation>
    </message>
    <message>
        <source>members not given: {names}</source>
        <translation>رکن جو نہیں دیے گئے: {names}</translation>
    </message>
    <message>
        <source>no collision check, as a member does not verify</source>
        <translation>ٹکراؤ کی پڑتال نہیں ہوئی، کیونکہ ایک رکن درست ثابت نہیں ہوتا</translation>
    </message>
    <message>
        <source>{count} identities counted more than once</source>
        <translation>‏{count} شناختیں ایک سے زیادہ بار گنی گئیں</translation>
    </message>
    <message>
        <source>The programme check FAILED: {problems}.</source>
        <translation>پروگرام کی پڑتال ناکام: {problems}۔</translation>
    </message>
    <message>
        <source>no attestation given</source>
        <translation>کوئی تصدیق نامہ نہیں دیا گیا</translation>
    </message>
    <message>
        <source>{member}, holding {holding}</source>
        <translation>‏{member}، ہولڈنگ {holding}</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>بار</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>لاٹ</translation>
    </message>
    <message>
        <source>tank</source>
        <translation>ٹینک</translation>
    </message>
    <message>
        <source>Save the programme&apos;s signing request</source>
        <translation>پروگرام کی دستخط کی درخواست محفوظ کریں</translation>
    </message>
    <message>
        <source>Signing requests (*.req.json);;All files (*)</source>
        <translation>دستخط کی درخواستیں (*.req.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Check the programme first: its request is written only once the check passes.</source>
        <translation>پہلے پروگرام کی پڑتال کریں: اس کی درخواست صرف پڑتال کامیاب ہونے پر لکھی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Checking the members again and writing the request…</source>
        <translation>ارکان کی دوبارہ پڑتال کر کے درخواست لکھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>No signing request was written. {verdict}</source>
        <translation>دستخط کی کوئی درخواست نہیں لکھی گئی۔ {verdict}</translation>
    </message>
    <message>
        <source>Cancelled: no request was written.</source>
        <translation>منسوخ: کوئی درخواست نہیں لکھی گئی۔</translation>
    </message>
    <message>
        <source>The signing request {id} was written to {path}.</source>
        <translation>دستخط کی درخواست {id} فائل {path} میں لکھ دی گئی۔</translation>
    </message>
    <message>
        <source>Open a programme&apos;s signing request</source>
        <translation>پروگرام کی دستخط کی درخواست کھولیں</translation>
    </message>
    <message>
        <source>Signing requests (*.req.json *.json);;All files (*)</source>
        <translation>دستخط کی درخواستیں (*.req.json *.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>{path} is a custodian&apos;s signing request, not a programme&apos;s: resume it on the Attest page of its ledger.</source>
        <translation>‏{path} کسٹوڈین کی دستخط کی درخواست ہے، پروگرام کی نہیں: اسے اس کے لیجر کے تصدیق نامے والے صفحے پر دوبارہ شروع کریں۔</translation>
    </message>
    <message>
        <source>Opened the request {id} ({count} response(s) found beside it).</source>
        <translation>درخواست {id} کھل گئی (اس کے ساتھ {count} جواب ملے)۔</translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation>درخواست پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Signing request: {path}</source>
        <translation>دستخط کی درخواست: {path}</translation>
    </message>
    <message>
        <source>{signed} of {threshold} {role}</source>
        <translation>‏{threshold} {role} میں سے {signed}</translation>
    </message>
    <message>
        <source>Signed so far: {counts}.</source>
        <translation>اب تک دستخط: {counts}۔</translation>
    </message>
    <message>
        <source>Finalising…</source>
        <translation>حتمی کیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>The programme attestation {id} is final with {count} signatures. It was written to {path}.</source>
        <translation>پروگرام کا تصدیق نامہ {id} {count} دستخطوں کے ساتھ حتمی ہے۔ یہ فائل {path} میں لکھا گیا۔</translation>
    </message>
</context>
<context>
    <name>PublishBox</name>
    <message>
        <source>Publish for token holders</source>
        <translation>ٹوکن ہولڈرز کے لیے شائع کریں</translation>
    </message>
    <message>
        <source>A folder whose page, index.html, verifies the attestation above in any browser, with nothing to install and nothing sent anywhere. Host it on a web server, or hand it over on a USB stick.</source>
        <translation>ایک فولڈر جس کا صفحہ اوپر والے تصدیق نامے کو کسی بھی براؤزر میں جانچتا ہے، کچھ انسٹال کیے بغیر اور کچھ کہیں بھیجے بغیر۔ اسے کسی ویب سرور پر رکھیں، یا USB اسٹک پر حوالے کریں۔</translation>
    </message>
    <message>
        <source>e.g. 1, 17, 204</source>
        <translation>مثلاً 1, 17, 204</translation>
    </message>
    <message>
        <source>Choose a list of holding ids, one a line</source>
        <translation>ہولڈنگ نمبروں کی فہرست منتخب کریں، ہر سطر میں ایک</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>متنی فائلیں (*.txt);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Choose the public report</source>
        <translation>عوامی رپورٹ منتخب کریں</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>‏PDF (*.pdf);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>e.g. 35d</source>
        <translation>مثلاً 35d</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the page</source>
        <translation>صفحے کے لیے نیا یا خالی فولڈر منتخب کریں</translation>
    </message>
    <message>
        <source>Holdings to prove:</source>
        <translation>جن ہولڈنگز کا ثبوت دینا ہے:</translation>
    </message>
    <message>
        <source>Holding ids, separated by spaces or commas. Their proofs are made from the leaves above.</source>
        <translation>ہولڈنگ نمبر، خالی جگہ یا کاما سے الگ۔ ان کے ثبوت اوپر والے پتوں سے بنتے ہیں۔</translation>
    </message>
    <message>
        <source>From a file:</source>
        <translation>فائل سے:</translation>
    </message>
    <message>
        <source>Optional: one holding id a line.</source>
        <translation>اختیاری: ہر سطر میں ایک ہولڈنگ نمبر۔</translation>
    </message>
    <message>
        <source>Public report:</source>
        <translation>عوامی رپورٹ:</translation>
    </message>
    <message>
        <source>Optional: the signed report exported with Public ticked.</source>
        <translation>اختیاری: وہ دستخط شدہ رپورٹ جو عوامی کا نشان لگا کر برآمد کی گئی۔</translation>
    </message>
    <message>
        <source>Maximum age:</source>
        <translation>زیادہ سے زیادہ عمر:</translation>
    </message>
    <message>
        <source>Optional: such as 35d, 12h, 90m or 5w. Once the attestation is older, the page says NOT VALID.</source>
        <translation>اختیاری: جیسے 35d، 12h، 90m یا 5w۔ تصدیق نامہ اس سے پرانا ہو جائے تو صفحہ نادرست کہتا ہے۔</translation>
    </message>
    <message>
        <source>Folder to write:</source>
        <translation>لکھنے کے لیے فولڈر:</translation>
    </message>
    <message>
        <source>A new or empty folder.</source>
        <translation>نیا یا خالی فولڈر۔</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>شائع کریں…</translation>
    </message>
    <message>
        <source>Open the page</source>
        <translation>صفحہ کھولیں</translation>
    </message>
    <message>
        <source>Choose the attestation above.</source>
        <translation>اوپر تصدیق نامہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose its trust policy above.</source>
        <translation>اوپر اس کی ٹرسٹ پالیسی منتخب کریں۔</translation>
    </message>
    <message>
        <source>Proofs are made from the leaves: choose the leaves file above.</source>
        <translation>ثبوت پتوں سے بنتے ہیں: اوپر پتوں کی فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>Put right what is marked in red, then publish.</source>
        <translation>سرخ نشان والی چیزیں درست کریں، پھر شائع کریں۔</translation>
    </message>
    <message>
        <source>Checking the attestation and writing the page…</source>
        <translation>تصدیق نامے کی جانچ کر کے صفحہ لکھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>شائع کیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Published the folder {folder} ({size}): the page, the attestation and the trust policy, with no inclusion proofs.</source>
        <translation>فولڈر {folder} ({size}) شائع ہو گیا: صفحہ، تصدیق نامہ اور ٹرسٹ پالیسی، شمولیت کے کسی ثبوت کے بغیر۔</translation>
    </message>
    <message>
        <source>Published the folder {folder} ({size}): the page, the attestation, the trust policy and 1 inclusion proof.</source>
        <translation>فولڈر {folder} ({size}) شائع ہو گیا: صفحہ، تصدیق نامہ، ٹرسٹ پالیسی اور شمولیت کا 1 ثبوت۔</translation>
    </message>
    <message>
        <source>Published the folder {folder} ({size}): the page, the attestation, the trust policy and {n} inclusion proofs.</source>
        <translation>فولڈر {folder} ({size}) شائع ہو گیا: صفحہ، تصدیق نامہ، ٹرسٹ پالیسی اور شمولیت کے {n} ثبوت۔</translation>
    </message>
    <message>
        <source>The public report is beside them.</source>
        <translation>عوامی رپورٹ ان کے ساتھ ہے۔</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>‏{size} بائٹس</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>‏{size} KiB</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>‏{size} MiB</translation>
    </message>
    <message>
        <source>Cancelled: nothing was published.</source>
        <translation>منسوخ: کچھ شائع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>No browser could open {path}.</source>
        <translation>کوئی براؤزر {path} نہیں کھول سکا۔</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس لیں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نقل کریں</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>تفصیل دکھائیں…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>تفصیل چھپائیں…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>Qt&apos;s own words on standard buttons (QMessageBox, QDialogButtonBox) and in the menus of text fields: Qt ships no Urdu for them, so Tijori&apos;s translations carry them, under the contexts Qt looks them up in.</extracomment>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>سب کے لیے ہاں</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>سب کے لیے نہیں</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ترک کریں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نظر انداز کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>رد کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>پہلے جیسا کریں</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ابتدائی ترتیب بحال کریں</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس لیں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نقل کریں</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>لنک کا پتہ نقل کریں</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>Counted by:</source>
        <translation>کس نے گنا:</translation>
    </message>
    <message>
        <source>Witnessed by:</source>
        <translation>گواہ:</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ابھی</translation>
    </message>
    <message>
        <source>Counted from:</source>
        <translation>گنتی کا آغاز:</translation>
    </message>
    <message>
        <source>UTC, as 2025-03-01T08:00:00Z; blank: now</source>
        <translation>وقت UTC میں، جیسے 2025-03-01T08:00:00Z؛ خالی: ابھی</translation>
    </message>
    <message>
        <source>Counted to:</source>
        <translation>گنتی کا اختتام:</translation>
    </message>
    <message>
        <source>Auditor key:</source>
        <translation>آڈیٹر کی کلید:</translation>
    </message>
    <message>
        <source>Your auditor key file</source>
        <translation>آپ کی آڈیٹر کلید فائل</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>کلید فائلیں (*.key);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>A key file, or a key in a token by its pkcs11: URI.</source>
        <translation>کلید فائل، یا ٹوکن آلے میں موجود کلید اس کے pkcs11: URI کے ذریعے۔</translation>
    </message>
    <message>
        <source>Your key&apos;s passphrase, or the token&apos;s PIN</source>
        <translation>آپ کی کلید کا پاس فریز، یا ٹوکن آلے کا PIN</translation>
    </message>
    <message>
        <source>Passphrase or PIN:</source>
        <translation>پاس فریز یا PIN:</translation>
    </message>
    <message>
        <source>Count file:</source>
        <translation>گنتی کی فائل:</translation>
    </message>
    <message>
        <source>Where to write the count</source>
        <translation>گنتی کہاں لکھیں</translation>
    </message>
    <message>
        <source>Count (*.json);;All files (*)</source>
        <translation>گنتی (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Stated:</source>
        <translation>بیان کردہ:</translation>
    </message>
    <message>
        <source>Optional, one a line: KIND[:COMMODITY]=LIMIT, e.g. bar:gold=0.05 (ozt) or tank=0.3%. Each replaces the defaults it names.</source>
        <translation>اختیاری، ہر سطر میں ایک: قسم[:جنس]=حد، مثلاً bar:gold=0.05 (ozt) یا tank=0.3%۔ ہر سطر ان ابتدائی حدوں کی جگہ لیتی ہے جن کا اس میں نام ہو۔</translation>
    </message>
    <message>
        <source>Unless you state others:</source>
        <translation>جب تک آپ کوئی اور بیان نہ کریں:</translation>
    </message>
    <message>
        <source>Tolerances</source>
        <translation>حدودِ برداشت</translation>
    </message>
    <message>
        <source>The count, and your key</source>
        <translation>گنتی، اور آپ کی کلید</translation>
    </message>
    <message>
        <source>Sign and write the count</source>
        <translation>دستخط کر کے گنتی لکھیں</translation>
    </message>
    <message>
        <source>Verify it now</source>
        <translation>ابھی اس کی جانچ کریں</translation>
    </message>
    <message>
        <source>VALID</source>
        <translation>درست</translation>
    </message>
    <message>
        <source>VALID, with checks not done</source>
        <translation>درست، کچھ پڑتالیں نہیں ہو سکیں</translation>
    </message>
    <message>
        <source>The count</source>
        <translation>گنتی</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>کوئی منصوبہ نہیں</translation>
    </message>
    <message>
        <source>Make or open a plan first (step 1).</source>
        <translation>پہلے منصوبہ بنائیں یا کھولیں (مرحلہ 1)۔</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>درج نہیں ہوا</translation>
    </message>
    <message>
        <source>Replace?</source>
        <translation>بدل دیں؟</translation>
    </message>
    <message>
        <source>{path} exists. Replace it with this count?</source>
        <translation>‏{path} موجود ہے۔ اس کی جگہ یہ گنتی لکھ دیں؟</translation>
    </message>
    <message>
        <source>Unlocking the key and signing…</source>
        <translation>کلید کھول کر دستخط کیے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Count written to {path}, signed by key {keyid}: {sampled} sampled of {population} bars and lots, {always} tanks and gas inventories, {exceptions} with exceptions, {unlisted} bar(s) found unlisted.</source>
        <translation>گنتی {path} میں لکھ دی گئی، کلید {keyid} کے دستخط کے ساتھ: {population} بار اور لاٹ میں سے {sampled} نمونے میں، {always} ٹینک اور گیس انوینٹریاں، {exceptions} میں استثنا، {unlisted} غیر فہرست شدہ بار ملیں۔</translation>
    </message>
    <message>
        <source>Conclusion: {text}</source>
        <translation>نتیجہ: {text}</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <source>Give the trust policy you hold in step 1 (Plan), then verify.</source>
        <translation>مرحلہ 1 (منصوبہ) میں اپنے پاس موجود ٹرسٹ پالیسی دیں، پھر جانچیں۔</translation>
    </message>
    <message>
        <source>Verifying {name}…</source>
        <translation>‏{name} کی جانچ ہو رہی ہے…</translation>
    </message>
</context>
<context>
    <name>RestoreTab</name>
    <message>
        <source>Type the shares one at a time, each holder from their sheet. Each word completes from the SLIP-39 word list (Enter or Tab takes the word offered); a share is checked as soon as it has all its {count} words.</source>
        <translation>حصے ایک ایک کر کے لکھیں، ہر حصہ دار اپنی شیٹ سے۔ ہر لفظ SLIP-39 کی الفاظ کی فہرست سے مکمل ہوتا ہے (Enter یا Tab تجویز کردہ لفظ لے لیتا ہے)؛ جیسے ہی کسی حصے کے تمام {count} الفاظ پورے ہوں، اس کی پڑتال ہو جاتی ہے۔</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>حصے</translation>
    </message>
    <message>
        <source>Clear the shares</source>
        <translation>حصے صاف کریں</translation>
    </message>
    <message>
        <source>SLIP-39 passphrase:</source>
        <translation>‏SLIP-39 پاس فریز:</translation>
    </message>
    <message>
        <source>Only if the shares were made with one.</source>
        <translation>صرف اگر حصے پاس فریز کے ساتھ بنائے گئے تھے۔</translation>
    </message>
    <message>
        <source>Expected keyid:</source>
        <translation>متوقع کلید شناخت:</translation>
    </message>
    <message>
        <source>Optional: the keyid on the share sheets; the shares must give it.</source>
        <translation>اختیاری: حصوں کی شیٹوں پر لکھی کلید شناخت؛ حصوں سے یہی بننی چاہیے۔</translation>
    </message>
    <message>
        <source>Test the shares</source>
        <translation>حصے آزمائیں</translation>
    </message>
    <message>
        <source>Combine the shares in memory and show the key they give; nothing is written.</source>
        <translation>حصوں کو میموری میں جوڑ کر ان سے بننے والی کلید دکھائیں؛ کچھ نہیں لکھا جاتا۔</translation>
    </message>
    <message>
        <source>Restore to a key file</source>
        <translation>کلید فائل میں بحال کریں</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>The key&apos;s name, as on the share sheets.</source>
        <translation>کلید کا نام، جیسا حصوں کی شیٹوں پر ہے۔</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>نیا پاس فریز:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>دوبارہ لکھیں:</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>کلید فائل:</translation>
    </message>
    <message>
        <source>Where to write the restored key</source>
        <translation>بحال شدہ کلید کہاں لکھی جائے</translation>
    </message>
    <message>
        <source>Key files (*.key)</source>
        <translation>کلید فائلیں (*.key)</translation>
    </message>
    <message>
        <source>A new file, readable only by you; an existing file is never overwritten.</source>
        <translation>نئی فائل، جسے صرف آپ پڑھ سکیں؛ موجودہ فائل کے اوپر کبھی نہیں لکھا جاتا۔</translation>
    </message>
    <message>
        <source>Share {number}:</source>
        <translation>حصہ {number}:</translation>
    </message>
    <message>
        <source>Share {member} of set {set}, {threshold} needed</source>
        <translation>سیٹ {set} کا حصہ {member}، {threshold} درکار</translation>
    </message>
    <message>
        <source>This set needs only {threshold} shares, and {count} are typed: clear one.</source>
        <translation>اس سیٹ کو صرف {threshold} حصے درکار ہیں، اور {count} لکھے گئے ہیں: ایک صاف کریں۔</translation>
    </message>
    <message>
        <source>{count} of {threshold} shares checked; {left} more needed.</source>
        <translation>‏{threshold} میں سے {count} حصوں کی پڑتال ہو گئی؛ {left} مزید درکار ہیں۔</translation>
    </message>
    <message>
        <source>{count} of {threshold} shares checked: enough to test them or restore the key.</source>
        <translation>‏{threshold} میں سے {count} حصوں کی پڑتال ہو گئی: انہیں آزمانے یا کلید بحال کرنے کے لیے کافی۔</translation>
    </message>
    <message>
        <source>{typed} of {count} words</source>
        <translation>‏{count} میں سے {typed} الفاظ</translation>
    </message>
    <message>
        <source>type a share first</source>
        <translation>پہلے کوئی حصہ لکھیں</translation>
    </message>
    <message>
        <source>{count} shares checked; this set needs {threshold}</source>
        <translation>‏{count} حصوں کی پڑتال ہو گئی؛ اس سیٹ کو {threshold} درکار ہیں</translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>دونوں پاس فریز مختلف ہیں</translation>
    </message>
    <message>
        <source>put right the expected keyid above</source>
        <translation>اوپر متوقع کلید شناخت درست کریں</translation>
    </message>
    <message>
        <source>Restored the key {name} ({algorithm}) into {path}</source>
        <translation>کلید {name} ({algorithm}) {path} میں بحال ہو گئی</translation>
    </message>
    <message>
        <source>The shares give a key ({algorithm}); nothing was written.</source>
        <translation>حصوں سے ایک کلید ({algorithm}) بنتی ہے؛ کچھ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>It is the key expected: its keyid is the one given.</source>
        <translation>یہی متوقع کلید ہے: اس کی کلید شناخت وہی ہے جو دی گئی تھی۔</translation>
    </message>
    <message>
        <source>Compare the keyid and words with the share sheets.</source>
        <translation>کلید شناخت اور الفاظ کو حصوں کی شیٹوں سے ملائیں۔</translation>
    </message>
    <message>
        <source>Combining the shares and writing the key…</source>
        <translation>حصے جوڑے جا رہے ہیں اور کلید لکھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Combining the shares…</source>
        <translation>حصے جوڑے جا رہے ہیں…</translation>
    </message>
</context>
<context>
    <name>RotateTab</name>
    <message>
        <source>1. What changes</source>
        <translation>‏1۔ کیا بدلتا ہے</translation>
    </message>
    <message>
        <source>2. Review the successor</source>
        <translation>‏2۔ جانشین پالیسی کا جائزہ</translation>
    </message>
    <message>
        <source>3. Collect signatures</source>
        <translation>‏3۔ دستخط جمع کریں</translation>
    </message>
    <message>
        <source>4. Write the new policy</source>
        <translation>‏4۔ نئی پالیسی لکھیں</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>▶ واپس</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>اگلا ◀</translation>
    </message>
    <message>
        <source>A rotation replaces the trust policy by its next version. The admins of the current policy sign it, and so do the successor&apos;s own admins: a verifier who pins the current policy accepts the new one only then.</source>
        <translation>گردش ٹرسٹ پالیسی کو اس کے اگلے ورژن سے بدل دیتی ہے۔ موجودہ پالیسی کے منتظمین اس پر دستخط کرتے ہیں، اور جانشین پالیسی کے اپنے منتظمین بھی: موجودہ پالیسی مقرر رکھنے والا جانچ کنندہ نئی پالیسی صرف تب ہی قبول کرتا ہے۔</translation>
    </message>
    <message>
        <source>Current policy:</source>
        <translation>موجودہ پالیسی:</translation>
    </message>
    <message>
        <source>The policy in force</source>
        <translation>نافذ پالیسی</translation>
    </message>
    <message>
        <source>Trust policy (*.json);;All files (*)</source>
        <translation>ٹرسٹ پالیسی (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Keys of the current policy: tick those to retire</source>
        <translation>موجودہ پالیسی کی کلیدیں: جنہیں ہٹانا ہو ان پر نشان لگائیں</translation>
    </message>
    <message>
        <source>Retire / key</source>
        <translation>ہٹائیں / کلید</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Keyid</source>
        <translation>کلید شناخت</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>الفاظ</translation>
    </message>
    <message>
        <source>Keys to add</source>
        <translation>شامل کی جانے والی کلیدیں</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>عوامی کلید</translation>
    </message>
    <message>
        <source>Add public keys…</source>
        <translation>عوامی کلیدیں شامل کریں…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <source>Thresholds and expiry</source>
        <translation>حدیں اور میعاد</translation>
    </message>
    <message>
        <source>New expiry:</source>
        <translation>نئی میعاد:</translation>
    </message>
    <message>
        <source>Propose the successor</source>
        <translation>جانشین پالیسی تجویز کریں</translation>
    </message>
    <message>
        <source>Resume with a saved successor…</source>
        <translation>محفوظ شدہ جانشین پالیسی سے دوبارہ شروع کریں…</translation>
    </message>
    <message>
        <source>A successor saved earlier: collect its signatures and write it.</source>
        <translation>پہلے محفوظ کی گئی جانشین پالیسی: اس کے دستخط جمع کریں اور اسے لکھیں۔</translation>
    </message>
    <message>
        <source>This policy cannot be read.</source>
        <translation>یہ پالیسی پڑھی نہیں جا سکتی۔</translation>
    </message>
    <message>
        <source>valid now</source>
        <translation>اس وقت مؤثر</translation>
    </message>
    <message>
        <source>NOT valid now</source>
        <translation>اس وقت مؤثر نہیں</translation>
    </message>
    <message>
        <source>{name} — version {version}, expires {expires} ({state})</source>
        <translation>‏{name} — ورژن {version}، میعاد ختم {expires} ({state})</translation>
    </message>
    <message>
        <source>unchanged: {expires}</source>
        <translation>بغیر تبدیلی: {expires}</translation>
    </message>
    <message>
        <source>Public keys to add</source>
        <translation>شامل کی جانے والی عوامی کلیدیں</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.json);;All files (*)</source>
        <translation>عوامی کلیدیں (*.pub *.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>{path} is a private key file: export its public key and add that</source>
        <translation>‏{path} نجی کلید کی فائل ہے: اس کی عوامی کلید برآمد کر کے وہ شامل کریں</translation>
    </message>
    <message>
        <source>choose the policy in force</source>
        <translation>نافذ پالیسی منتخب کریں</translation>
    </message>
    <message>
        <source>the role {role} would have no key left</source>
        <translation>کردار {role} کے پاس کوئی کلید باقی نہیں رہے گی</translation>
    </message>
    <message>
        <source>{role}: {n} signatures required but {count} key(s)</source>
        <translation>‏{role}: {n} دستخط درکار ہیں لیکن کلیدیں {count} ہیں</translation>
    </message>
    <message>
        <source>of {count} key(s)</source>
        <translation>کل {count} کلیدوں میں سے</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>کوئی کلید نہیں</translation>
    </message>
    <message>
        <source>A successor saved earlier</source>
        <translation>پہلے محفوظ کی گئی جانشین پالیسی</translation>
    </message>
    <message>
        <source>{path} is not the next version of the current policy: it does not name it as the version it replaces</source>
        <translation>‏{path} موجودہ پالیسی کا اگلا ورژن نہیں: اس میں موجودہ پالیسی کو وہ ورژن نہیں بتایا گیا جس کی جگہ یہ لیتی ہے</translation>
    </message>
    <message>
        <source>Saved earlier: {path}</source>
        <translation>پہلے محفوظ شدہ: {path}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>تبدیلی</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>پہلے</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد میں</translation>
    </message>
    <message>
        <source>Save the successor as:</source>
        <translation>جانشین پالیسی اس نام سے محفوظ کریں:</translation>
    </message>
    <message>
        <source>Where to save the unsigned successor</source>
        <translation>بغیر دستخط جانشین پالیسی کہاں محفوظ کریں</translation>
    </message>
    <message>
        <source>Unsigned: each admin signs this file.</source>
        <translation>بغیر دستخط: ہر منتظم اس فائل پر دستخط کرتا ہے۔</translation>
    </message>
    <message>
        <source>Save the unsigned successor</source>
        <translation>بغیر دستخط جانشین پالیسی محفوظ کریں</translation>
    </message>
    <message>
        <source>Version {before} → {after}: {added} key(s) added, {retired} retired, {roles} role(s) changed</source>
        <translation>ورژن {before} ← {after}: {added} کلیدیں شامل، {retired} ہٹائی گئیں، {roles} کردار تبدیل</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>پالیسی</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ورژن</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>میعاد ختم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>ڈائجسٹ</translation>
    </message>
    <message>
        <source>Keys added ({n})</source>
        <translation>شامل کی گئی کلیدیں ({n})</translation>
    </message>
    <message>
        <source>Keys retired ({n})</source>
        <translation>ہٹائی گئی کلیدیں ({n})</translation>
    </message>
    <message>
        <source>Roles: signatures required of keys</source>
        <translation>کردار: کلیدوں میں سے درکار دستخط</translation>
    </message>
    <message>
        <source>{n} of {count}</source>
        <translation>‏{count} میں سے {n}</translation>
    </message>
    <message>
        <source>Saved the unsigned successor to {path}. Each admin signs it: here, or on their own PC with `tijori policy rotate sign`, bringing back the signature file.</source>
        <translation>بغیر دستخط جانشین پالیسی {path} میں محفوظ ہو گئی۔ ہر منتظم اس پر دستخط کرے: یہیں، یا اپنے کمپیوٹر پر Tijori کی کمانڈ لائن سے، اور دستخط کی فائل واپس لائے۔</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>منتظم</translation>
    </message>
    <message>
        <source>Signs as</source>
        <translation>کس حیثیت سے</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Add signature files…</source>
        <translation>دستخط کی فائلیں شامل کریں…</translation>
    </message>
    <message>
        <source>Add from QR images…</source>
        <translation>‏QR تصاویر سے شامل کریں…</translation>
    </message>
    <message>
        <source>Scan with the camera…</source>
        <translation>کیمرے سے اسکین کریں…</translation>
    </message>
    <message>
        <source>Sign here with an admin key</source>
        <translation>یہیں منتظم کلید سے دستخط کریں</translation>
    </message>
    <message>
        <source>Admin key:</source>
        <translation>منتظم کلید:</translation>
    </message>
    <message>
        <source>Your admin key file</source>
        <translation>آپ کی منتظم کلید فائل</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>کلید فائلیں (*.key);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>A key file, or a key in a token by its pkcs11: URI.</source>
        <translation>کلید فائل، یا pkcs11: URI کے ذریعے ٹوکن آلے میں موجود کلید۔</translation>
    </message>
    <message>
        <source>Passphrase or PIN:</source>
        <translation>پاس فریز یا PIN:</translation>
    </message>
    <message>
        <source>Sign the successor</source>
        <translation>جانشین پالیسی پر دستخط کریں</translation>
    </message>
    <message>
        <source>Admin thresholds</source>
        <translation>منتظمین کی حدیں</translation>
    </message>
    <message>
        <source>Successor: {path}</source>
        <translation>جانشین پالیسی: {path}</translation>
    </message>
    <message>
        <source>Added {n} signature(s).</source>
        <translation>‏{n} دستخط شامل ہو گئے۔</translation>
    </message>
    <message>
        <source>No signature yet. Add the files the admins bring back (or their QR images), or sign here.</source>
        <translation>ابھی کوئی دستخط نہیں۔ منتظمین جو فائلیں (یا ان کی QR تصاویر) واپس لائیں وہ شامل کریں، یا یہیں دستخط کریں۔</translation>
    </message>
    <message>
        <source>current admin</source>
        <translation>موجودہ منتظم</translation>
    </message>
    <message>
        <source>new admin</source>
        <translation>نیا منتظم</translation>
    </message>
    <message>
        <source>(in the file)</source>
        <translation>(فائل کے اندر)</translation>
    </message>
    <message>
        <source>{n} of {threshold} current admins, {n2} of {threshold2} new admins</source>
        <translation>موجودہ منتظمین: {threshold} میں سے {n}، نئے منتظمین: {threshold2} میں سے {n2}</translation>
    </message>
    <message>
        <source>Current admins (version {version}): {n} of {threshold}</source>
        <translation>موجودہ منتظمین (ورژن {version}): {threshold} میں سے {n}</translation>
    </message>
    <message>
        <source>New admins (version {version}): {n} of {threshold}</source>
        <translation>نئے منتظمین (ورژن {version}): {threshold} میں سے {n}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>پوری</translation>
    </message>
    <message>
        <source>{n} more needed, of: {names}</source>
        <translation>مزید {n} درکار، ان میں سے: {names}</translation>
    </message>
    <message>
        <source>{keyid}… does not count: {reason}</source>
        <translation>‏{keyid}… شمار نہیں ہوتی: {reason}</translation>
    </message>
    <message>
        <source>Admins&apos; signature files</source>
        <translation>منتظمین کی دستخط کی فائلیں</translation>
    </message>
    <message>
        <source>Signatures (*.sig *.json);;All files (*)</source>
        <translation>دستخط (*.sig *.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>A signature as QR images</source>
        <translation>‏QR تصاویر کی صورت میں دستخط</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg *.bmp *.gif);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>the QR images</source>
        <translation>‏QR تصاویر</translation>
    </message>
    <message>
        <source>Scan an admin&apos;s signature</source>
        <translation>منتظم کا دستخط اسکین کریں</translation>
    </message>
    <message>
        <source>the camera&apos;s QR codes</source>
        <translation>کیمرے کے QR کوڈز</translation>
    </message>
    <message>
        <source>Reading the QR codes…</source>
        <translation>‏QR کوڈز پڑھے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Unlocking the key and signing…</source>
        <translation>کلید کھول کر دستخط کیے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>New policy file:</source>
        <translation>نئی پالیسی فائل:</translation>
    </message>
    <message>
        <source>Where to write the new policy</source>
        <translation>نئی پالیسی کہاں لکھیں</translation>
    </message>
    <message>
        <source>The version it replaces is kept in policy-history/ beside it, so that older attestations still verify.</source>
        <translation>جس ورژن کی جگہ یہ لیتی ہے وہ اس کے ساتھ پالیسی کی تاریخ کے فولڈر میں رکھا جاتا ہے، تاکہ پرانے تصدیق نامے بھی جانچے جا سکیں۔</translation>
    </message>
    <message>
        <source>Write the new policy</source>
        <translation>نئی پالیسی لکھیں</translation>
    </message>
    <message>
        <source>Collect the admins&apos; signatures first.</source>
        <translation>پہلے منتظمین کے دستخط جمع کریں۔</translation>
    </message>
    <message>
        <source>Both admin thresholds are met: {status}.</source>
        <translation>منتظمین کی دونوں حدیں پوری ہو گئیں: {status}۔</translation>
    </message>
    <message>
        <source>Not yet: {status}. Still needed: {missing}.</source>
        <translation>ابھی نہیں: {status}۔ مزید درکار: {missing}۔</translation>
    </message>
    <message>
        <source>Wrote policy version {version} to {path}
digest {digest}
The version it replaces is kept in {history}. Give the new policy to every verifier and signer: they accept it as the successor of the one they pinned.</source>
        <translation>پالیسی ورژن {version} فائل {path} میں لکھ دیا گیا
ڈائجسٹ {digest}
جس ورژن کی جگہ یہ لیتا ہے وہ {history} میں رکھا گیا ہے۔ نئی پالیسی ہر جانچنے والے اور دستخط کنندہ کو دیں: وہ اسے اپنی مقرر شدہ پالیسی کی جانشین کے طور پر قبول کرتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>SetSupplyDialog</name>
    <message>
        <source>Set token supply</source>
        <translation>ٹوکن کی سپلائی درج کریں</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>ٹوکن:</translation>
    </message>
    <message>
        <source>Supply:</source>
        <translation>سپلائی:</translation>
    </message>
    <message>
        <source>tokens in issue</source>
        <translation>جاری شدہ ٹوکن</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>بتاریخ:</translation>
    </message>
    <message>
        <source>now, or e.g. 2026-11-25T09:30:00Z</source>
        <translation>ابھی، یا مثلاً 2026-11-25T09:30:00Z</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ماخذ:</translation>
    </message>
    <message>
        <source>optional, e.g. contract address</source>
        <translation>اختیاری، مثلاً کنٹریکٹ کا پتہ</translation>
    </message>
    <message>
        <source>{symbol} — {quantity} {unit} of {commodity}</source>
        <translation>‏{symbol} — فی ٹوکن {quantity} {unit} {commodity}</translation>
    </message>
    <message>
        <source>no tokens yet: add a token first</source>
        <translation>ابھی کوئی ٹوکن نہیں: پہلے ٹوکن شامل کریں</translation>
    </message>
    <message>
        <source>No supply recorded yet.</source>
        <translation>ابھی کوئی سپلائی درج نہیں۔</translation>
    </message>
    <message>
        <source>Now {supply} as of {when}</source>
        <translation>اب {supply} بتاریخ {when}</translation>
    </message>
    <message>
        <source>Record supply</source>
        <translation>سپلائی درج کریں</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>The camera chosen for QR codes (`camera_scan` reads it), by its id in hex.</extracomment>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>As the system: {language}</source>
        <translation>سسٹم کے مطابق: {language}</translation>
    </message>
    <message>
        <source>Tijori shows the new language at once. A window with work in progress or a dialog open keeps its language until it is next opened. Quantities, serials and codes are always written in Latin digits.</source>
        <translation>‏Tijori نئی زبان فوراً دکھاتا ہے۔ جس ونڈو میں کام جاری ہو یا کوئی ڈائیلاگ کھلا ہو، وہ اگلی بار کھلنے تک اپنی زبان برقرار رکھتی ہے۔ مقداریں، سیریل اور کوڈ ہمیشہ لاطینی ہندسوں (0-9) میں لکھے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>No camera connected: QR codes are read from image files</source>
        <translation>کوئی کیمرا جڑا ہوا نہیں: QR کوڈز تصویری فائلوں سے پڑھے جاتے ہیں</translation>
    </message>
    <message>
        <source>Camera for QR codes:</source>
        <translation>کیمرا برائے QR کوڈز:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>These windows have work in progress or a dialog open, so they keep their language until they are next opened:
{windows}</source>
        <translation>ان ونڈوز میں کام جاری ہے یا کوئی ڈائیلاگ کھلا ہے، اس لیے یہ اگلی بار کھلنے تک اپنی زبان برقرار رکھیں گی:
{windows}</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
</context>
<context>
    <name>ShareEntry</name>
    <message>
        <source>The {count} words of a share, in order; each completes as you type</source>
        <translation>ایک حصے کے {count} الفاظ، ترتیب سے؛ ہر لفظ لکھتے ہوئے خود مکمل ہوتا ہے</translation>
    </message>
</context>
<context>
    <name>SheetsPage</name>
    <message>
        <source>The count sheets list the holdings to count by site and location, with blank columns for what is found, a re-gauge form for each tank and one for each gas inventory, and lines for the signatures. The count is blind: no recorded weight or volume is shown. The results sheet (CSV) is the same list to fill in on a computer; the Count step fills in the same columns.</source>
        <translation>گنتی شیٹیں گنی جانے والی ہولڈنگز کو سائٹ اور مقام کے مطابق درج کرتی ہیں: جو ملے اس کے لیے خالی کالم، ہر ٹینک کی دوبارہ پیمائش کا ایک فارم اور ہر گیس انوینٹری کا ایک، اور دستخطوں کی سطریں۔ گنتی اندھی ہے: کوئی درج شدہ وزن یا حجم نہیں دکھایا جاتا۔ نتائج کی شیٹ (CSV) یہی فہرست ہے جو کمپیوٹر پر بھری جاتی ہے؛ «گنتی» کا مرحلہ یہی کالم بھرتا ہے۔</translation>
    </message>
    <message>
        <source>Write the count sheets (PDF, to print)…</source>
        <translation>گنتی شیٹیں لکھیں (PDF، چھاپنے کے لیے)…</translation>
    </message>
    <message>
        <source>Write the results sheet (CSV)…</source>
        <translation>نتائج کی شیٹ لکھیں (CSV)…</translation>
    </message>
    <message>
        <source>Next: the count ›</source>
        <translation>اگلا: گنتی ›</translation>
    </message>
    <message>
        <source>Save the count sheets</source>
        <translation>گنتی شیٹیں محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>‏PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the results sheet</source>
        <translation>نتائج کی شیٹ محفوظ کریں</translation>
    </message>
    <message>
        <source>Results sheet (*.csv)</source>
        <translation>نتائج کی شیٹ (*.csv)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>‏{name} لکھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>{pages} page(s)</source>
        <translation>‏{pages} صفحات</translation>
    </message>
    <message>
        <source>the results sheet to fill in</source>
        <translation>بھرنے کے لیے نتائج کی شیٹ</translation>
    </message>
    <message>
        <source>Written to {path}: {holdings} holdings at {sites}, {what}.</source>
        <translation>‏{path} میں لکھ دیا گیا: {sites} پر {holdings} ہولڈنگز، {what}۔</translation>
    </message>
</context>
<context>
    <name>ShipmentDialog</name>
    <message>
        <source>Save and next</source>
        <extracomment>The fields that belong to one item, emptied for the next. The field the next item starts in.</extracomment>
        <translation>محفوظ کریں اور اگلا</translation>
    </message>
    <message>
        <source>Record this one and start the next, keeping the site, brand, location and movement details (Ctrl+Enter)</source>
        <translation>اسے درج کریں اور اگلا شروع کریں، سائٹ، برانڈ، مقام اور نقل و حرکت کی تفصیل برقرار رکھتے ہوئے (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Recorded holding {id}: {what}</source>
        <translation>ہولڈنگ {id} درج ہو گئی: {what}</translation>
    </message>
</context>
<context>
    <name>SignerWindow</name>
    <message>
        <source>Tijori signer — offline</source>
        <extracomment>The steps&apos; column: narrow enough that what is signed gets most of a 1024-pixel screen. The request was checked: the `signing.Prepared` (ok or refused). The request was signed: the response document&apos;s bytes. Something stopped the work: the plain message shown. The policy this signer works under changed (first pin, or a successor pinned).</extracomment>
        <translation>‏Tijori دستخط کنندہ — آف لائن</translation>
    </message>
    <message>
        <source>Offline signer</source>
        <translation>آف لائن دستخط کنندہ</translation>
    </message>
    <message>
        <source>No ledger is opened here and nothing uses the network. Read what the request asks before you sign it.</source>
        <translation>یہاں کوئی لیجر نہیں کھلتا اور کچھ بھی نیٹ ورک استعمال نہیں کرتا۔ دستخط سے پہلے پڑھیں کہ درخواست کیا مانگتی ہے۔</translation>
    </message>
    <message>
        <source>No policy pinned yet.</source>
        <translation>ابھی کوئی پالیسی مقرر نہیں۔</translation>
    </message>
    <message>
        <source>Pin a policy…</source>
        <translation>پالیسی مقرر کریں…</translation>
    </message>
    <message>
        <source>1. Trust policy, pinned here</source>
        <translation>1۔ ٹرسٹ پالیسی، یہاں مقرر شدہ</translation>
    </message>
    <message>
        <source>No key chosen yet.</source>
        <translation>ابھی کوئی کلید منتخب نہیں۔</translation>
    </message>
    <message>
        <source>Choose your key file…</source>
        <translation>اپنی کلید فائل منتخب کریں…</translation>
    </message>
    <message>
        <source>Use a key in a token…</source>
        <translation>ٹوکن آلے میں موجود کلید استعمال کریں…</translation>
    </message>
    <message>
        <source>A key inside an HSM or a smartcard, named by its pkcs11: URI; its PIN unlocks it</source>
        <translation>کسی HSM یا اسمارٹ کارڈ کے اندر موجود کلید، جس کی نشاندہی اس کا pkcs11: URI کرتا ہے؛ اس کا PIN اسے کھولتا ہے</translation>
    </message>
    <message>
        <source>2. Your key</source>
        <translation>2۔ آپ کی کلید</translation>
    </message>
    <message>
        <source>No request loaded yet.</source>
        <translation>ابھی کوئی درخواست نہیں کھولی گئی۔</translation>
    </message>
    <message>
        <source>Open a request file…</source>
        <translation>درخواست کی فائل کھولیں…</translation>
    </message>
    <message>
        <source>Read QR images…</source>
        <translation>‏QR تصاویر پڑھیں…</translation>
    </message>
    <message>
        <source>Scan with the camera…</source>
        <translation>کیمرے سے اسکین کریں…</translation>
    </message>
    <message>
        <source>Read the terminal&apos;s animated QR codes with this PC&apos;s camera; the camera is opened only while the scan runs</source>
        <translation>ٹرمینل کے متحرک QR کوڈز اس کمپیوٹر کے کیمرے سے پڑھیں؛ کیمرا صرف اسکین کے دوران کھلتا ہے</translation>
    </message>
    <message>
        <source>3. The request</source>
        <translation>3۔ درخواست</translation>
    </message>
    <message>
        <source>What you are asked to sign</source>
        <translation>آپ سے جس پر دستخط مانگے گئے ہیں</translation>
    </message>
    <message>
        <source>Your key&apos;s passphrase</source>
        <translation>آپ کی کلید کا پاس فریز</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>دستخط کریں</translation>
    </message>
    <message>
        <source>4. Sign</source>
        <translation>4۔ دستخط</translation>
    </message>
    <message>
        <source>Nothing signed yet.</source>
        <translation>ابھی کسی چیز پر دستخط نہیں ہوئے۔</translation>
    </message>
    <message>
        <source>Save the response file…</source>
        <translation>جواب کی فائل محفوظ کریں…</translation>
    </message>
    <message>
        <source>Show it as a QR code</source>
        <translation>اسے QR کوڈ کی صورت میں دکھائیں</translation>
    </message>
    <message>
        <source>Next request</source>
        <translation>اگلی درخواست</translation>
    </message>
    <message>
        <source>5. The response</source>
        <translation>5۔ جواب</translation>
    </message>
    <message>
        <source>The policy pinned on this PC cannot be used, so nothing can be signed. A new version signed by its administrators can replace it.</source>
        <translation>اس کمپیوٹر پر مقرر پالیسی استعمال نہیں ہو سکتی، اس لیے کسی چیز پر دستخط نہیں ہو سکتے۔ اس کے منتظمین کا دستخط شدہ نیا ورژن اس کی جگہ لے سکتا ہے۔</translation>
    </message>
    <message>
        <source>Give a new version…</source>
        <translation>نیا ورژن دیں…</translation>
    </message>
    <message>
        <source>No policy is pinned on this PC yet. Choose the policy file the administrators gave you: it is pinned on first use, and its digest is shown as words to compare with theirs.</source>
        <translation>اس کمپیوٹر پر ابھی کوئی پالیسی مقرر نہیں۔ منتظمین کی دی ہوئی پالیسی فائل منتخب کریں: یہ پہلے استعمال پر مقرر ہو جاتی ہے، اور اس کا ڈائجسٹ الفاظ کی صورت میں دکھایا جاتا ہے تاکہ آپ منتظمین کے الفاظ سے ملا سکیں۔</translation>
    </message>
    <message>
        <source>digest {digest}…</source>
        <translation>ڈائجسٹ {digest}…</translation>
    </message>
    <message>
        <source>Pin the trust policy</source>
        <translation>ٹرسٹ پالیسی مقرر کریں</translation>
    </message>
    <message>
        <source>A new version of the pinned policy</source>
        <translation>مقرر شدہ پالیسی کا نیا ورژن</translation>
    </message>
    <message>
        <source>Trust policy (*.json);;All files (*)</source>
        <translation>ٹرسٹ پالیسی (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Version {version} was not pinned.</source>
        <translation>ورژن {version} مقرر نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Pinned on first use. Before you sign anything, compare the words above with the administrators&apos;.</source>
        <translation>پہلے استعمال پر مقرر ہو گئی۔ کسی بھی چیز پر دستخط سے پہلے اوپر کے الفاظ منتظمین کے الفاظ سے ملائیں۔</translation>
    </message>
    <message>
        <source>Version {version} is now pinned, in place of the one before.</source>
        <translation>ورژن {version} اب پچھلے ورژن کی جگہ مقرر ہے۔</translation>
    </message>
    <message>
        <source>This is the policy already pinned here.</source>
        <translation>یہی پالیسی یہاں پہلے سے مقرر ہے۔</translation>
    </message>
    <message>
        <source>This PC still works under the pinned version {version}.</source>
        <translation>یہ کمپیوٹر اب بھی مقرر شدہ ورژن {version} کے تحت کام کرتا ہے۔</translation>
    </message>
    <message>
        <source>Choose your key file</source>
        <translation>اپنی کلید فائل منتخب کریں</translation>
    </message>
    <message>
        <source>Key files (*.key);;All files (*)</source>
        <translation>کلید فائلیں (*.key);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Use a key in a token</source>
        <translation>ٹوکن آلے میں موجود کلید استعمال کریں</translation>
    </message>
    <message>
        <source>The key&apos;s pkcs11: URI, e.g. pkcs11:token=LABEL;object=NAME?module-path=/path/to/module.so</source>
        <translation>کلید کا pkcs11: URI، جس میں ٹوکن آلے کا لیبل، کلید کا نام اور ماڈیول کا راستہ (/path/to/module.so) درج ہو</translation>
    </message>
    <message>
        <source>{path} is a public key: choose the private key file that signs.</source>
        <translation>‏{path} عوامی کلید ہے: دستخط کرنے والی نجی کلید کی فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>{name} ({algorithm})
keyid {keyid}…
words: {words}</source>
        <translation>‏{name} ({algorithm})
کلید شناخت {keyid}…
الفاظ: {words}</translation>
    </message>
    <message>
        <source>Inside a hardware token: its PIN unlocks it, and the key never leaves it.</source>
        <translation>ٹوکن آلے کے اندر: اس کا PIN اسے کھولتا ہے، اور کلید کبھی اس سے باہر نہیں جاتی۔</translation>
    </message>
    <message>
        <source>The token&apos;s PIN</source>
        <translation>ٹوکن آلے کا PIN</translation>
    </message>
    <message>
        <source>In the pinned policy it signs as: {roles}</source>
        <translation>مقرر شدہ پالیسی میں یہ اس حیثیت سے دستخط کرتی ہے: {roles}</translation>
    </message>
    <message>
        <source>It holds no role in the pinned policy.</source>
        <translation>مقرر شدہ پالیسی میں اس کا کوئی کردار نہیں۔</translation>
    </message>
    <message>
        <source>Open a signing request</source>
        <translation>دستخط کی درخواست کھولیں</translation>
    </message>
    <message>
        <source>Signing requests (*.json);;All files (*)</source>
        <translation>دستخط کی درخواستیں (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Read the request&apos;s QR images</source>
        <translation>درخواست کی QR تصاویر پڑھیں</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg *.bmp);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Scan the signing request</source>
        <translation>دستخط کی درخواست اسکین کریں</translation>
    </message>
    <message>
        <source>the camera&apos;s QR codes</source>
        <translation>کیمرے کے QR کوڈز</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>‏{path} پڑھی نہیں جا سکی: {reason}</translation>
    </message>
    <message>
        <source>{count} QR image(s)</source>
        <translation>‏{count} QR تصاویر</translation>
    </message>
    <message>
        <source>Reading {source}…</source>
        <translation>‏{source} پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Reading the QR codes…</source>
        <translation>‏QR کوڈز پڑھے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Pin the trust policy (step 1) and choose your key (step 2): the request is checked under them.</source>
        <translation>ٹرسٹ پالیسی مقرر کریں (مرحلہ 1) اور اپنی کلید منتخب کریں (مرحلہ 2): درخواست کی پڑتال انہی کے تحت ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Choose your key (step 2): the request is checked against it.</source>
        <translation>اپنی کلید منتخب کریں (مرحلہ 2): درخواست کی پڑتال اسی کے مطابق ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Checking the request…</source>
        <translation>درخواست کی پڑتال ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Refusing to sign: {names} failed. Why is said on the right.</source>
        <translation>دستخط سے انکار: {names} ناکام ہوئیں۔ وجہ بائیں طرف لکھی ہے۔</translation>
    </message>
    <message>
        <source>The totals were not recomputed (the request carries no leaves): tick the box above to sign anyway, once you have read them against the terminal&apos;s.</source>
        <translation>میزان دوبارہ شمار نہیں ہوئے (درخواست میں پتے نہیں ہیں): ٹرمینل کے اعداد سے ملا کر پڑھ لینے کے بعد، پھر بھی دستخط کرنے کے لیے اوپر والے خانے پر نشان لگائیں۔</translation>
    </message>
    <message>
        <source>Type the token&apos;s PIN.</source>
        <translation>ٹوکن آلے کا PIN لکھیں۔</translation>
    </message>
    <message>
        <source>Type your key&apos;s passphrase.</source>
        <translation>اپنی کلید کا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>Unlocking the key and signing…</source>
        <translation>کلید کھول کر دستخط کیے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>Signed as {name}. Save the response to a file, or show it as a QR code for the terminal to read.</source>
        <translation>‏{name} کے طور پر دستخط ہو گئے۔ جواب فائل میں محفوظ کریں، یا QR کوڈ کی صورت میں دکھائیں تاکہ ٹرمینل اسے پڑھ لے۔</translation>
    </message>
    <message>
        <source>Save the signed response</source>
        <translation>دستخط شدہ جواب محفوظ کریں</translation>
    </message>
    <message>
        <source>Signed responses (*.sig *.json);;All files (*)</source>
        <translation>دستخط شدہ جوابات (*.sig *.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Signed. The response is saved to {path}.</source>
        <translation>دستخط ہو گئے۔ جواب {path} میں محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Tijori</source>
        <translation>Tijori</translation>
    </message>
    <message>
        <source>Custody of commodity reserves: an encrypted ledger, attestations and signed proof-of-reserve reports.</source>
        <translation>اجناس کے ذخائر کی تحویل: خفیہ کردہ لیجر، تصدیق نامے اور ذخائر کے ثبوت کی دستخط شدہ رپورٹیں۔</translation>
    </message>
    <message>
        <source>Operator (recorded with every entry):</source>
        <translation>آپریٹر (ہر اندراج کے ساتھ درج ہوتا ہے):</translation>
    </message>
    <message>
        <source>No ledger has been opened on this computer yet. Create one, open one, or try the demonstration ledger.</source>
        <translation>اس کمپیوٹر پر ابھی کوئی لیجر نہیں کھولا گیا۔ نیا بنائیں، کوئی کھولیں، یا نمونہ لیجر آزمائیں۔</translation>
    </message>
    <message>
        <source>Open a ledger…</source>
        <translation>لیجر کھولیں…</translation>
    </message>
    <message>
        <source>New ledger…</source>
        <translation>نیا لیجر…</translation>
    </message>
    <message>
        <source>Connect to a server…</source>
        <translation>سرور سے جڑیں…</translation>
    </message>
    <message>
        <source>Open a ledger kept on a PostgreSQL server, shared by several terminals</source>
        <translation>‏PostgreSQL سرور پر رکھا ہوا لیجر کھولیں، جسے کئی ٹرمینل مل کر استعمال کرتے ہیں</translation>
    </message>
    <message>
        <source>Try the demonstration ledger</source>
        <translation>نمونہ لیجر آزمائیں</translation>
    </message>
    <message>
        <source>Verify a report (auditor)…</source>
        <translation>رپورٹ کی جانچ (آڈیٹر)…</translation>
    </message>
    <message>
        <source>Signer mode (offline PC)…</source>
        <translation>دستخط کنندہ موڈ (آف لائن کمپیوٹر)…</translation>
    </message>
    <message>
        <source>Keys and trust policies…</source>
        <translation>کلیدیں اور ٹرسٹ پالیسیاں…</translation>
    </message>
    <message>
        <source>Recent ledgers</source>
        <translation>حالیہ لیجر</translation>
    </message>
    <message>
        <source>Without a ledger</source>
        <translation>لیجر کے بغیر</translation>
    </message>
    <message>
        <source>Settings (language)…</source>
        <translation>ترتیبات (زبان)…</translation>
    </message>
    <message>
        <source>Guide (F1)</source>
        <translation>رہنما (F1)</translation>
    </message>
    <message>
        <source>  (missing)</source>
        <translation>  (غائب)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>آپریٹر</translation>
    </message>
    <message>
        <source>Open a ledger</source>
        <translation>لیجر کھولیں</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>پاس فریز:</translation>
    </message>
    <message>
        <source>Ledger missing</source>
        <translation>لیجر غائب ہے</translation>
    </message>
    <message>
        <source>{path} does not exist (moved or deleted?). It is taken off the list.</source>
        <translation>‏{path} موجود نہیں (منتقل یا حذف ہو گیا؟)۔ اسے فہرست سے ہٹا دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>Unlock {name}</source>
        <translation>‏{name} کھولیں</translation>
    </message>
    <message>
        <source>The demonstration ledger&apos;s passphrase is “{p}”.</source>
        <translation>نمونہ لیجر کا پاس فریز “{p}” ہے۔</translation>
    </message>
    <message>
        <source>Type the ledger&apos;s passphrase.</source>
        <translation>لیجر کا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <source>New ledger</source>
        <translation>نیا لیجر</translation>
    </message>
    <message>
        <source>Where to keep the ledger file</source>
        <translation>لیجر فائل کہاں رکھیں</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <source>Create and open</source>
        <translation>بنائیں اور کھولیں</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>فائل:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>پاس فریز دوبارہ:</translation>
    </message>
    <message>
        <source>The passphrase encrypts the whole ledger. It cannot be recovered: keep it as you would the key to the vault.</source>
        <translation>پاس فریز پورے لیجر کو خفیہ کرتا ہے۔ یہ واپس حاصل نہیں ہو سکتا: اسے والٹ کی چابی کی طرح سنبھال کر رکھیں۔</translation>
    </message>
    <message>
        <source>Choose where to keep the ledger file.</source>
        <translation>منتخب کریں کہ لیجر فائل کہاں رکھنی ہے۔</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>‏{path} پہلے سے موجود ہے؛ کوئی اور نام منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase: the meter above says why.</source>
        <translation>زیادہ مضبوط پاس فریز منتخب کریں: اوپر کا میٹر وجہ بتاتا ہے۔</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>دونوں پاس فریز مختلف ہیں۔</translation>
    </message>
    <message>
        <source>Type the passphrase again.</source>
        <translation>پاس فریز دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <source>Choose a passphrase.</source>
        <translation>پاس فریز منتخب کریں۔</translation>
    </message>
    <message>
        <source>Recording the demonstration reserves…</source>
        <translation>نمونہ ذخائر درج ہو رہے ہیں…</translation>
    </message>
</context>
<context>
    <name>TankGaugingDialog</name>
    <message>
        <source>Tank gauging</source>
        <extracomment>Which fields each way of gauging uses. The most height the fields take before they scroll (the dialog fits 1024×768).</extracomment>
        <translation>ٹینک کی پیمائش</translation>
    </message>
    <message>
        <source>Tank:</source>
        <translation>ٹینک:</translation>
    </message>
    <message>
        <source>Gauged by:</source>
        <translation>پیمائش کا طریقہ:</translation>
    </message>
    <message>
        <source>Ullage (mm):</source>
        <translation>الیج (mm):</translation>
    </message>
    <message>
        <source>from the reference point</source>
        <translation>حوالہ نقطے سے</translation>
    </message>
    <message>
        <source>m³</source>
        <translation>m³</translation>
    </message>
    <message>
        <source>bbl</source>
        <translation>bbl</translation>
    </message>
    <message>
        <source>TOV</source>
        <translation>TOV</translation>
    </message>
    <message>
        <source>Total observed volume:</source>
        <translation>کل مشاہدہ شدہ حجم:</translation>
    </message>
    <message>
        <source>Critical zone:</source>
        <translation>نازک زون:</translation>
    </message>
    <message>
        <source>Level (mm):</source>
        <translation>سطح (mm):</translation>
    </message>
    <message>
        <source>innage, e.g. 12345</source>
        <translation>ان ایج، مثلاً 12345</translation>
    </message>
    <message>
        <source>Reference height:</source>
        <translation>حوالہ اونچائی:</translation>
    </message>
    <message>
        <source>mm; else the table&apos;s</source>
        <translation>‏mm؛ ورنہ ٹیبل والی</translation>
    </message>
    <message>
        <source>Allow a level in it</source>
        <translation>اس میں سطح کی اجازت دیں</translation>
    </message>
    <message>
        <source>Where the floating roof rests on its legs or floats partly the table is unreliable; a gauging there is recorded as such.</source>
        <translation>جہاں تیرتی چھت اپنی ٹانگوں پر ٹکی ہو یا جزوی طور پر تیر رہی ہو وہاں ٹیبل ناقابلِ اعتبار ہے؛ وہاں کی پیمائش اسی نشان کے ساتھ درج ہوتی ہے۔</translation>
    </message>
    <message>
        <source>°C</source>
        <translation>°C</translation>
    </message>
    <message>
        <source>°F</source>
        <translation>°F</translation>
    </message>
    <message>
        <source>Liquid temperature:</source>
        <translation>مائع کا درجۂ حرارت:</translation>
    </message>
    <message>
        <source>e.g. 27.5</source>
        <translation>مثلاً 27.5</translation>
    </message>
    <message>
        <source>Density:</source>
        <translation>کثافت:</translation>
    </message>
    <message>
        <source>as reported</source>
        <translation>جیسی رپورٹ ہوئی</translation>
    </message>
    <message>
        <source>Pressure (psig):</source>
        <translation>دباؤ (psig):</translation>
    </message>
    <message>
        <source>Gauged at:</source>
        <translation>پیمائش کا وقت:</translation>
    </message>
    <message>
        <source>now, or 2026-11-25T09:30:00Z</source>
        <translation>ابھی، یا 2026-11-25T09:30:00Z</translation>
    </message>
    <message>
        <source>Free water:</source>
        <translation>آزاد پانی:</translation>
    </message>
    <message>
        <source>0, unit of TOV</source>
        <translation>0، TOV کی اکائی میں</translation>
    </message>
    <message>
        <source>Sediment and water %:</source>
        <translation>تلچھٹ اور پانی %:</translation>
    </message>
    <message>
        <source>Ambient temperature:</source>
        <translation>ماحول کا درجۂ حرارت:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
    <message>
        <source>Same scale as the liquid, for the shell correction. Without it the shell is taken to be at the liquid&apos;s temperature.</source>
        <translation>مائع والا پیمانہ ہی، شیل کی تصحیح کے لیے۔ اس کے بغیر شیل کو مائع کے درجۂ حرارت پر مانا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Floating-roof adjustment:</source>
        <translation>تیرتی چھت کی تصحیح:</translation>
    </message>
    <message>
        <source>Floating roofs only; usually negative (a deduction).</source>
        <translation>صرف تیرتی چھتوں کے لیے؛ عموماً منفی (ایک کٹوتی)۔</translation>
    </message>
    <message>
        <source>Quantity chain</source>
        <translation>مقدار کا سلسلہ</translation>
    </message>
    <message>
        <source>TOV from the calibration table at the level, by linear interpolation
GOV = (TOV − free water) × CTSh + FRA
GSV = GOV × CTPL, CTPL = CTL × CPL rounded to 5 decimals
NSV = GSV × (1 − S&amp;W / 100)</source>
        <translation>‏TOV کیلیبریشن ٹیبل سے سطح پر، خطی درون یابی سے
GOV = (TOV − آزاد پانی) × CTSh + FRA
GSV = GOV × CTPL، CTPL = CTL × CPL، 5 اعشاریہ تک گول
NSV = GSV × (1 − S&amp;W / 100)</translation>
    </message>
    <message>
        <source>{commodity} · API MPMS 11.1 group {group} · {roof} · {shell} shell · last NSV {nsv} m³</source>
        <translation>‏{commodity} · API MPMS 11.1 گروپ {group} · {roof} · {shell} شیل · آخری NSV {nsv} m³</translation>
    </message>
    <message>
        <source>No calibration table: give the total observed volume, or store the tank&apos;s table first (Record › Tank calibration table…).</source>
        <translation>کوئی کیلیبریشن ٹیبل نہیں: کل مشاہدہ شدہ حجم دیں، یا پہلے ٹینک کا ٹیبل محفوظ کریں (اندراج › ٹینک کیلیبریشن ٹیبل…)۔</translation>
    </message>
    <message>
        <source>Calibration {label}: {described}</source>
        <translation>کیلیبریشن {label}: {described}</translation>
    </message>
    <message>
        <source>Record gauging</source>
        <translation>پیمائش درج کریں</translation>
    </message>
    <message>
        <source>The chain appears when the tank, how it was gauged, temperature and density are given.</source>
        <translation>ٹینک، پیمائش کا طریقہ، درجۂ حرارت اور کثافت دینے پر سلسلہ نظر آئے گا۔</translation>
    </message>
    <message>
        <source>{standard}-{edition} · table {table} · {group} · {base}</source>
        <translation>‏{standard}-{edition} · ٹیبل {table} · {group} · {base}</translation>
    </message>
</context>
<context>
    <name>TankTableDialog</name>
    <message>
        <source>Tank calibration table</source>
        <extracomment>Room for every field beside the rows: the wrapped notes of a form take more height than their size hints say, and a shorter dialog would make the fields scroll.</extracomment>
        <translation>ٹینک کیلیبریشن ٹیبل</translation>
    </message>
    <message>
        <source>Tank:</source>
        <translation>ٹینک:</translation>
    </message>
    <message>
        <source>Table file (CSV):</source>
        <translation>ٹیبل فائل (CSV):</translation>
    </message>
    <message>
        <source>level_mm,volume_m3 (or volume_bbl)</source>
        <translation>‏level_mm,volume_m3 (یا volume_bbl)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>سرٹیفکیٹ:</translation>
    </message>
    <message>
        <source>number, e.g. CAL-2026-114</source>
        <translation>نمبر، مثلاً CAL-2026-114</translation>
    </message>
    <message>
        <source>Calibrated on:</source>
        <translation>کیلیبریشن کی تاریخ:</translation>
    </message>
    <message>
        <source>e.g. 2026-03-31</source>
        <translation>مثلاً 2026-03-31</translation>
    </message>
    <message>
        <source>Reference height (mm):</source>
        <translation>حوالہ اونچائی (mm):</translation>
    </message>
    <message>
        <source>optional; needed to gauge by ullage</source>
        <translation>اختیاری؛ الیج سے پیمائش کے لیے ضروری</translation>
    </message>
    <message>
        <source>Critical zone (mm):</source>
        <translation>نازک زون (mm):</translation>
    </message>
    <message>
        <source>floating roofs: LOW-HIGH, e.g. 900-1900</source>
        <translation>تیرتی چھتیں: کم-زیادہ، مثلاً 900-1900</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>قطاریں</translation>
    </message>
    <message>
        <source>Choose the table file to see its rows.</source>
        <translation>قطاریں دیکھنے کے لیے ٹیبل فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>{roof}; no calibration table yet: this will be version 1</source>
        <translation>‏{roof}؛ ابھی کوئی کیلیبریشن ٹیبل نہیں: یہ ورژن 1 ہو گا</translation>
    </message>
    <message>
        <source>{roof}; now {label}, recorded {when}: this will be version {next}</source>
        <translation>‏{roof}؛ اب {label}، درج شدہ {when}: یہ ورژن {next} ہو گا</translation>
    </message>
    <message>
        <source>Calibration table</source>
        <translation>کیلیبریشن ٹیبل</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>‏CSV فائلیں (*.csv);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Choose the file with Choose…</source>
        <translation>فائل «منتخب کریں…» سے منتخب کریں</translation>
    </message>
    <message>
        <source>{described}; SHA-256 {digest}…
A level is read by linear interpolation between rows, rounded to {step} {unit}.</source>
        <translation>‏{described}؛ SHA-256 {digest}…
سطح قطاروں کے درمیان خطی درون یابی سے پڑھی جاتی ہے، {step} {unit} تک گول۔</translation>
    </message>
    <message>
        <source>SHA-256 of the table: {digest}</source>
        <translation>ٹیبل کا SHA-256: {digest}</translation>
    </message>
    <message>
        <source>Store table</source>
        <translation>ٹیبل محفوظ کریں</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>, </source>
        <extracomment>What a code the ledger stores (a commodity, a lot shape, a site kind) is called in the reader&apos;s language: the GUI&apos;s `names.name`, the one home of those names. Without it a sentence shows the code, as the CLI always has (&quot;crude-oil&quot;). The comma between the items of a list: seals, documents, the facts of a sentence.</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <source>Ledger created</source>
        <extracomment>Every kind this version writes, with its plain name (used when a payload lacks what the sentence needs, and for the kind filters of the journal browser).</extracomment>
        <translation>لیجر بنایا گیا</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>پاس فریز بدل گیا</translation>
    </message>
    <message>
        <source>Restored from a backup</source>
        <translation>بیک اپ سے بحال کیا گیا</translation>
    </message>
    <message>
        <source>Site added</source>
        <translation>سائٹ شامل کی گئی</translation>
    </message>
    <message>
        <source>Bar received</source>
        <translation>بار وصول ہوا</translation>
    </message>
    <message>
        <source>Bar list imported</source>
        <translation>بار لسٹ درآمد ہوئی</translation>
    </message>
    <message>
        <source>Lot received</source>
        <translation>لاٹ وصول ہوا</translation>
    </message>
    <message>
        <source>Tank added</source>
        <translation>ٹینک شامل کیا گیا</translation>
    </message>
    <message>
        <source>Tank gauged</source>
        <translation>ٹینک کی پیمائش ہوئی</translation>
    </message>
    <message>
        <source>Tank calibration table stored</source>
        <translation>ٹینک کا کیلیبریشن ٹیبل محفوظ ہوا</translation>
    </message>
    <message>
        <source>Gas inventory recorded</source>
        <translation>گیس انوینٹری درج ہوئی</translation>
    </message>
    <message>
        <source>Holding withdrawn</source>
        <translation>ہولڈنگ نکالی گئی</translation>
    </message>
    <message>
        <source>Holdings withdrawn</source>
        <translation>ہولڈنگز نکالی گئیں</translation>
    </message>
    <message>
        <source>Holding transferred</source>
        <translation>ہولڈنگ منتقل کی گئی</translation>
    </message>
    <message>
        <source>Holdings transferred</source>
        <translation>ہولڈنگز منتقل کی گئیں</translation>
    </message>
    <message>
        <source>Holding adjusted</source>
        <translation>ہولڈنگ کی تصحیح کی گئی</translation>
    </message>
    <message>
        <source>Token added</source>
        <translation>ٹوکن شامل کیا گیا</translation>
    </message>
    <message>
        <source>Token supply recorded</source>
        <translation>ٹوکن کی سپلائی درج ہوئی</translation>
    </message>
    <message>
        <source>Attestation finalised</source>
        <translation>تصدیق نامہ حتمی کیا گیا</translation>
    </message>
    <message>
        <source>{n} bar</source>
        <extracomment>A number of things: (one, many), &quot;{n}&quot; the number with its thousands grouped.</extracomment>
        <translation>‏{n} بار</translation>
    </message>
    <message>
        <source>{n} bars</source>
        <translation>‏{n} بار</translation>
    </message>
    <message>
        <source>{n} lot</source>
        <translation>‏{n} لاٹ</translation>
    </message>
    <message>
        <source>{n} lots</source>
        <translation>‏{n} لاٹ</translation>
    </message>
    <message>
        <source>{n} tank</source>
        <translation>‏{n} ٹینک</translation>
    </message>
    <message>
        <source>{n} tanks</source>
        <translation>‏{n} ٹینک</translation>
    </message>
    <message>
        <source>{n} gas inventory</source>
        <translation>‏{n} گیس انوینٹری</translation>
    </message>
    <message>
        <source>{n} gas inventories</source>
        <translation>‏{n} گیس انوینٹریاں</translation>
    </message>
    <message>
        <source>{n} holding</source>
        <translation>‏{n} ہولڈنگ</translation>
    </message>
    <message>
        <source>{n} holdings</source>
        <translation>‏{n} ہولڈنگز</translation>
    </message>
    <message>
        <source>{n} signature</source>
        <translation>‏{n} دستخط</translation>
    </message>
    <message>
        <source>{n} signatures</source>
        <translation>‏{n} دستخط</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>‏{n} قطار</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>‏{n} قطاریں</translation>
    </message>
    <message>
        <source>bar {id}</source>
        <extracomment>One holding by its number, by its kind (&quot;bar 17&quot;).</extracomment>
        <translation>بار {id}</translation>
    </message>
    <message>
        <source>lot {id}</source>
        <translation>لاٹ {id}</translation>
    </message>
    <message>
        <source>tank {id}</source>
        <translation>ٹینک {id}</translation>
    </message>
    <message>
        <source>gas inventory {id}</source>
        <translation>گیس انوینٹری {id}</translation>
    </message>
    <message>
        <source>holding {id}</source>
        <translation>ہولڈنگ {id}</translation>
    </message>
    <message>
        <source>fineness-below-995.0</source>
        <extracomment>Why a bar is not Good Delivery, or a lot outside its tolerance (app/domain/metals.py).</extracomment>
        <translation>خالصیت 995.0 سے کم</translation>
    </message>
    <message>
        <source>fine-weight-below-350</source>
        <translation>خالص وزن 350 ozt سے کم</translation>
    </message>
    <message>
        <source>fine-weight-above-430</source>
        <translation>خالص وزن 430 ozt سے زیادہ</translation>
    </message>
    <message>
        <source>fineness-below-999.0</source>
        <translation>خالصیت 999.0 سے کم</translation>
    </message>
    <message>
        <source>gross-weight-below-500</source>
        <translation>مجموعی وزن 500 ozt سے کم</translation>
    </message>
    <message>
        <source>gross-weight-above-1250</source>
        <translation>مجموعی وزن 1,250 ozt سے زیادہ</translation>
    </message>
    <message>
        <source>gross-weight-outside-750-1100</source>
        <translation>مجموعی وزن تجویز کردہ 750–1,100 ozt سے باہر</translation>
    </message>
    <message>
        <source>outside-lot-tolerance</source>
        <translation>صافی وزن لاٹ کے سائز کے ±2 % سے باہر</translation>
    </message>
    <message>
        <source>fixed roof</source>
        <translation>مستقل چھت</translation>
    </message>
    <message>
        <source>floating roof</source>
        <translation>تیرتی چھت</translation>
    </message>
    <message>
        <source>internal floating roof</source>
        <translation>اندرونی تیرتی چھت</translation>
    </message>
    <message>
        <source>gross</source>
        <extracomment>What an adjustment changes: payload key → (its word, its unit).</extracomment>
        <translation>مجموعی وزن</translation>
    </message>
    <message>
        <source>fineness</source>
        <translation>خالصیت</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>خالص وزن</translation>
    </message>
    <message>
        <source>bundles</source>
        <translation>بنڈل</translation>
    </message>
    <message>
        <source>net</source>
        <translation>صافی وزن</translation>
    </message>
    <message>
        <source>location</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>نشانات</translation>
    </message>
    <message>
        <source>from {counterparty}</source>
        <extracomment>Who a movement&apos;s counterparty is to the holdings: where they came from, went to, or who moved them.</extracomment>
        <translation>‏{counterparty} سے</translation>
    </message>
    <message>
        <source>to {counterparty}</source>
        <translation>‏{counterparty} کو</translation>
    </message>
    <message>
        <source>with {counterparty}</source>
        <translation>‏{counterparty} کے ذریعے</translation>
    </message>
    <message>
        <source>Event of kind {kind}</source>
        <translation>اندراج کی قسم {kind}</translation>
    </message>
    <message>
        <source>{sentence} (event {seq})</source>
        <translation>‏{sentence} (اندراج {seq})</translation>
    </message>
    <message>
        <source>(unnamed file)</source>
        <translation>(بے نام فائل)</translation>
    </message>
    <message>
        <source>{items} and {last}</source>
        <translation>‏{items} اور {last}</translation>
    </message>
    <message>
        <source>seal {seals}</source>
        <translation>سیل {seals}</translation>
    </message>
    <message>
        <source>seals {seals}</source>
        <translation>سیلیں {seals}</translation>
    </message>
    <message>
        <source>witness {witness}</source>
        <translation>گواہ {witness}</translation>
    </message>
    <message>
        <source>document {names}</source>
        <translation>دستاویز {names}</translation>
    </message>
    <message>
        <source>documents {names}</source>
        <translation>دستاویزات {names}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>وجہ: {reason}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>نوٹ: {note}</translation>
    </message>
    <message>
        <source>bar {brand} {year} {serial}, {fine} fine {metal}</source>
        <translation>بار {brand} {year} {serial}، {fine} خالص {metal}</translation>
    </message>
    <message>
        <source>lot, warrant {warrant}, {net} net {metal}</source>
        <translation>لاٹ، وارنٹ {warrant}، {net} صافی {metal}</translation>
    </message>
    <message>
        <source>tank {code}</source>
        <translation>ٹینک {code}</translation>
    </message>
    <message>
        <source>gas inventory {code}</source>
        <translation>گیس انوینٹری {code}</translation>
    </message>
    <message>
        <source>ullage {ullage} mm below reference height {height} mm</source>
        <translation>الیج {ullage} mm، حوالہ اونچائی {height} mm سے نیچے</translation>
    </message>
    <message>
        <source>level {level} mm</source>
        <translation>سطح {level} mm</translation>
    </message>
    <message>
        <source>table v{version} (cert. {certificate})</source>
        <translation>ٹیبل v{version} (سرٹیفکیٹ {certificate})</translation>
    </message>
    <message>
        <source>table v{version}</source>
        <translation>ٹیبل v{version}</translation>
    </message>
    <message>
        <source> → </source>
        <extracomment>Between the steps from a tank&apos;s level to its volume: the arrow points the way the text is read.</extracomment>
        <translation> ← </translation>
    </message>
    <message>
        <source>{steps} (in the critical zone, allowed)</source>
        <translation>‏{steps} (نازک زون میں، اجازت سے)</translation>
    </message>
    <message>
        <source>Passphrase changed; the ledger was re-encrypted under the new one</source>
        <translation>پاس فریز بدل گیا؛ لیجر نئے پاس فریز کے تحت دوبارہ خفیہ کیا گیا</translation>
    </message>
    <message>
        <source>Restored from backup {name} ({events} events verified, head {head}…)</source>
        <translation>بیک اپ {name} سے بحال کیا گیا ({events} اندراجات کی جانچ ہوئی، سرا {head}…)</translation>
    </message>
    <message>
        <source>operated by {operator}</source>
        <translation>آپریٹر {operator}</translation>
    </message>
    <message>
        <source>Added site {code}, {name} ({details})</source>
        <translation>سائٹ شامل کی گئی: {code}، {name} ({details})</translation>
    </message>
    <message>
        <source>Received {brand} {year} {serial}, {fine} fine {metal}, at {place}</source>
        <translation>وصولی: {brand} {year} {serial}، {fine} خالص {metal}، {place} پر</translation>
    </message>
    <message>
        <source>not Good Delivery ({flags})</source>
        <translation>گڈ ڈیلیوری نہیں ({flags})</translation>
    </message>
    <message>
        <source>a bar list</source>
        <translation>ایک بار لسٹ</translation>
    </message>
    <message>
        <source>holdings {first}–{last}, part {part}</source>
        <translation>ہولڈنگز {first}–{last}، حصہ {part}</translation>
    </message>
    <message>
        <source>holding {first}, part {part}</source>
        <translation>ہولڈنگ {first}، حصہ {part}</translation>
    </message>
    <message>
        <source>holdings {first}–{last}</source>
        <translation>ہولڈنگز {first}–{last}</translation>
    </message>
    <message>
        <source>holding {first}</source>
        <translation>ہولڈنگ {first}</translation>
    </message>
    <message>
        <source>Imported {bars} of {metal} from {source} into {site} ({span})</source>
        <translation>درآمد: {bars} ({metal})، {source} سے {site} میں ({span})</translation>
    </message>
    <message>
        <source>Received {metal} lot, warrant {warrant} ({brand} {shape} {grade}, {bundles} bundles), {net} net, {gross} gross, at {place}</source>
        <translation>وصولی: لاٹ ({metal})، وارنٹ {warrant} ({brand} {shape} {grade}، {bundles} بنڈل)، {net} صافی، {gross} مجموعی، {place} پر</translation>
    </message>
    <message>
        <source>outside lot tolerance ({flags})</source>
        <translation>لاٹ کی حدِ برداشت سے باہر ({flags})</translation>
    </message>
    <message>
        <source>Added tank {code} at {site}: {product} ({commodity}, {roof})</source>
        <translation>ٹینک {code} شامل کیا گیا، {site} پر: {product} ({commodity}، {roof})</translation>
    </message>
    <message>
        <source>Gauged {tank}: NSV {m3}, {bbl} ({how})</source>
        <translation>ٹینک {tank} کی پیمائش: NSV {m3}، {bbl} ({how})</translation>
    </message>
    <message>
        <source>gauged {time}</source>
        <translation>پیمائش کا وقت {time}</translation>
    </message>
    <message>
        <source>LNG inventory {code} at {site}: {energy}</source>
        <translation>ایل این جی انوینٹری {code}، {site} پر: {energy}</translation>
    </message>
    <message>
        <source>Gas inventory {code} at {site}: {energy} working gas (cushion {cushion})</source>
        <translation>گیس انوینٹری {code}، {site} پر: {energy} ورکنگ گیس (کشن {cushion})</translation>
    </message>
    <message>
        <source>Gas inventory {code} at {site}: {energy} working gas</source>
        <translation>گیس انوینٹری {code}، {site} پر: {energy} ورکنگ گیس</translation>
    </message>
    <message>
        <source>measured {time}</source>
        <translation>پیمائش کا وقت {time}</translation>
    </message>
    <message>
        <source>Withdrawn: {what}, from {origin}</source>
        <translation>نکاسی: {what}، {origin} سے</translation>
    </message>
    <message>
        <source>Withdrawn: {what}</source>
        <translation>نکاسی: {what}</translation>
    </message>
    <message>
        <source>Transferred {what} from {origin} to {site}, location {location}</source>
        <translation>منتقلی: {what}، {origin} سے {site} کو، مقام {location}</translation>
    </message>
    <message>
        <source>Transferred {what} from {origin} to {site}</source>
        <translation>منتقلی: {what}، {origin} سے {site} کو</translation>
    </message>
    <message>
        <source>Transferred {what} to {site}, location {location}</source>
        <translation>منتقلی: {what}، {site} کو، مقام {location}</translation>
    </message>
    <message>
        <source>Transferred {what} to {site}</source>
        <translation>منتقلی: {what}، {site} کو</translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>{label} {before} → {after}</source>
        <extracomment>One change of an adjustment: &quot;gross 401.000 → 402.100 ozt&quot;.</extracomment>
        <translation>‏{label} {before} ← {after}</translation>
    </message>
    <message>
        <source>Adjusted {what} ({reason}): {changes}</source>
        <translation>‏{what} کی تصحیح ({reason}): {changes}</translation>
    </message>
    <message>
        <source>Adjusted {what}: {changes}</source>
        <translation>‏{what} کی تصحیح: {changes}</translation>
    </message>
    <message>
        <source>Added token {symbol}: {quantity} of {commodity} per token</source>
        <translation>ٹوکن {symbol} شامل کیا گیا: فی ٹوکن {quantity} {commodity}</translation>
    </message>
    <message>
        <source>Token {symbol} supply recorded: {supply} as of {time}</source>
        <translation>ٹوکن {symbol} کی سپلائی درج ہوئی: {supply} بتاریخ {time}</translation>
    </message>
    <message>
        <source>source: {source}</source>
        <translation>ماخذ: {source}</translation>
    </message>
    <message>
        <source>as of {time}</source>
        <translation>بتاریخ {time}</translation>
    </message>
    <message>
        <source>id {id}…</source>
        <translation>شناخت {id}…</translation>
    </message>
    <message>
        <source>Attestation {number} finalised: {facts}</source>
        <translation>تصدیق نامہ {number} حتمی کیا گیا: {facts}</translation>
    </message>
    <message>
        <source>Attestation finalised: {facts}</source>
        <translation>تصدیق نامہ حتمی کیا گیا: {facts}</translation>
    </message>
    <message>
        <source>one of {n} holdings moved together</source>
        <translation>ایک ساتھ نقل و حرکت والی {n} ہولڈنگز میں سے ایک</translation>
    </message>
    <message>
        <source>Withdrawn: {what}, {total}, from {origin}</source>
        <translation>نکاسی: {what}، {total}، {origin} سے</translation>
    </message>
    <message>
        <source>Withdrawn: {what}, {total}</source>
        <translation>نکاسی: {what}، {total}</translation>
    </message>
    <message>
        <source>certificate {certificate}</source>
        <translation>سرٹیفکیٹ {certificate}</translation>
    </message>
    <message>
        <source>calibrated {date}</source>
        <translation>کیلیبریشن کی تاریخ {date}</translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation>‏{source} سے</translation>
    </message>
    <message>
        <source>Calibration table {version} stored for tank {tank}: {facts}</source>
        <translation>ٹینک {tank} کا کیلیبریشن ٹیبل {version} محفوظ ہوا: {facts}</translation>
    </message>
    <message>
        <source>Calibration table {version} stored for tank {tank}</source>
        <translation>ٹینک {tank} کا کیلیبریشن ٹیبل {version} محفوظ ہوا</translation>
    </message>
    <message>
        <source>Calibration table stored for tank {tank}: {facts}</source>
        <translation>ٹینک {tank} کا کیلیبریشن ٹیبل محفوظ ہوا: {facts}</translation>
    </message>
    <message>
        <source>Calibration table stored for tank {tank}</source>
        <translation>ٹینک {tank} کا کیلیبریشن ٹیبل محفوظ ہوا</translation>
    </message>
    <message>
        <source>{n} events recorded; the last: {sentence}</source>
        <translation>‏{n} اندراجات درج ہوئے؛ آخری: {sentence}</translation>
    </message>
</context>
<context>
    <name>ToolWindow</name>
    <message>
        <source>Tijori — verify a report</source>
        <translation>‏Tijori — رپورٹ کی جانچ</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>اوزار</translation>
    </message>
    <message>
        <source>&amp;Compare attestations…</source>
        <translation>تصدیق ناموں کا موازنہ…</translation>
    </message>
    <message>
        <source>&amp;Physical count…</source>
        <translation>طبعی گنتی…</translation>
    </message>
    <message>
        <source>P&amp;rogramme…</source>
        <translation>پروگرام…</translation>
    </message>
    <message>
        <source>Tijori — keys and trust policies</source>
        <translation>‏Tijori — کلیدیں اور ٹرسٹ پالیسیاں</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer</source>
        <translation>منتقلی</translation>
    </message>
    <message>
        <source>To site:</source>
        <translation>سائٹ کی طرف:</translation>
    </message>
    <message>
        <source>Location there:</source>
        <translation>وہاں مقام:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختیاری</translation>
    </message>
</context>
<context>
    <name>UnlistedDialog</name>
    <message>
        <source>A bar the plan does not list</source>
        <translation>ایسی بار جو منصوبے میں درج نہیں</translation>
    </message>
    <message>
        <source>No holding of the plan answers to “{text}”.</source>
        <translation>منصوبے کی کوئی ہولڈنگ “{text}” سے نہیں ملتی۔</translation>
    </message>
    <message>
        <source>If this bar is not in the attestation at all, add it as a bar found unlisted: the certificate names it and its conclusion says so. A bar of the attestation that was not sampled is not recorded: then Cancel.</source>
        <translation>اگر یہ بار تصدیق نامے میں بالکل نہیں ہے تو اسے غیر فہرست شدہ بار کے طور پر شامل کریں: سرٹیفکیٹ اس کا نام لیتا ہے اور اس کا نتیجہ یہ بات کہتا ہے۔ تصدیق نامے کی جو بار نمونے میں نہیں آئی وہ درج نہیں ہوتی: تب «منسوخ کریں» دبائیں۔</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>سائٹ:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>مقام:</translation>
    </message>
    <message>
        <source>Serial as read:</source>
        <translation>سیریل، جیسا پڑھا گیا:</translation>
    </message>
    <message>
        <source>Brand as read:</source>
        <translation>برانڈ، جیسا پڑھا گیا:</translation>
    </message>
    <message>
        <source>Year as read:</source>
        <translation>سال، جیسا پڑھا گیا:</translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation>کیفیت:</translation>
    </message>
    <message>
        <source>Add as a bar found unlisted</source>
        <translation>غیر فہرست شدہ بار کے طور پر شامل کریں</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Verify</source>
        <extracomment>A verification ended with this result (as `Verification.as_json()`: the verdict&apos;s checks and blocks, the summary, the inputs&apos; digests). A PDF&apos;s first look was shown (as `FirstLook.as_json()`).</extracomment>
        <translation>جانچ</translation>
    </message>
    <message>
        <source>Drop a signed report (the PDF, or its JSON bundle report.json), an attestation or a proof file here, or choose it. Only the trust policy you hold is trusted. The figures shown are read from the signed statement itself, not from the report&apos;s drawing. Nothing is changed, and nothing leaves this computer.</source>
        <translation>دستخط شدہ رپورٹ (PDF، یا اس کا JSON بنڈل report.json)، تصدیق نامہ یا ثبوت کی فائل یہاں لا کر چھوڑیں، یا منتخب کریں۔ صرف آپ کے پاس موجود ٹرسٹ پالیسی پر اعتماد کیا جاتا ہے۔ دکھائے گئے اعداد خود دستخط شدہ بیان سے پڑھے جاتے ہیں، رپورٹ کی تصویر سے نہیں۔ کچھ نہیں بدلتا، اور کچھ بھی اس کمپیوٹر سے باہر نہیں جاتا۔</translation>
    </message>
    <message>
        <source>Drop a file here</source>
        <translation>فائل یہاں لا کر چھوڑیں</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>ابھی کوئی فائل منتخب نہیں۔</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>فائل منتخب کریں…</translation>
    </message>
    <message>
        <source>The trust policy you hold</source>
        <translation>آپ کے پاس موجود ٹرسٹ پالیسی</translation>
    </message>
    <message>
        <source>Trust policy (*.json);;All files (*)</source>
        <translation>ٹرسٹ پالیسی (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Trust policy:</source>
        <translation>ٹرسٹ پالیسی:</translation>
    </message>
    <message>
        <source>Remembered for next time.</source>
        <translation>اگلی بار کے لیے یاد رکھی جائے گی۔</translation>
    </message>
    <message>
        <source>The attestation&apos;s leaves</source>
        <translation>تصدیق نامے کے پتے</translation>
    </message>
    <message>
        <source>Leaves (*.jsonl);;All files (*)</source>
        <translation>پتے (*.jsonl);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Leaves:</source>
        <translation>پتے:</translation>
    </message>
    <message>
        <source>Optional, for an attestation: recompute its root and totals.</source>
        <translation>اختیاری، تصدیق نامے کے لیے: اس کی جڑ اور میزان دوبارہ شمار کریں۔</translation>
    </message>
    <message>
        <source>The previous attestation</source>
        <translation>پچھلا تصدیق نامہ</translation>
    </message>
    <message>
        <source>Attestation (*.json);;All files (*)</source>
        <translation>تصدیق نامہ (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Previous attestation:</source>
        <translation>پچھلا تصدیق نامہ:</translation>
    </message>
    <message>
        <source>Optional, for an attestation: check the chain link.</source>
        <translation>اختیاری، تصدیق نامے کے لیے: سلسلے کی کڑی کی پڑتال کریں۔</translation>
    </message>
    <message>
        <source>Look up one holding&apos;s inclusion proof</source>
        <translation>ایک ہولڈنگ کی شمولیت کا ثبوت دیکھیں</translation>
    </message>
    <message>
        <source>The attestation</source>
        <translation>تصدیق نامہ</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>تصدیق نامہ:</translation>
    </message>
    <message>
        <source>e.g. 1042</source>
        <translation>مثلاً 1042</translation>
    </message>
    <message>
        <source>Holding id:</source>
        <translation>ہولڈنگ نمبر:</translation>
    </message>
    <message>
        <source>Make and verify the proof</source>
        <translation>ثبوت بنائیں اور جانچیں</translation>
    </message>
    <message>
        <source>Save the proof…</source>
        <translation>ثبوت محفوظ کریں…</translation>
    </message>
    <message>
        <source>The verdict appears here, check by check.</source>
        <translation>نتیجہ یہاں نظر آئے گا، ایک ایک پڑتال کر کے۔</translation>
    </message>
    <message>
        <source>Save verification record…</source>
        <translation>جانچ کا ریکارڈ محفوظ کریں…</translation>
    </message>
    <message>
        <source>Every check with its result, the summary, the SHA-256 of each file read, the Tijori version and the time: as PDF or plain text, to file.</source>
        <translation>ہر پڑتال اپنے نتیجے کے ساتھ، خلاصہ، پڑھی گئی ہر فائل کا SHA-256، Tijori کا ورژن اور وقت: PDF یا سادہ متن کی صورت میں، فائل میں۔</translation>
    </message>
    <message>
        <source>Choose a report, attestation or proof</source>
        <translation>رپورٹ، تصدیق نامہ یا ثبوت منتخب کریں</translation>
    </message>
    <message>
        <source>Reports and attestations (*.pdf *.json);;All files (*)</source>
        <translation>رپورٹیں اور تصدیق نامے (*.pdf *.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>{name}: a first look, before any trust policy</source>
        <translation>‏{name}: پہلی نظر، کسی ٹرسٹ پالیسی سے پہلے</translation>
    </message>
    <message>
        <source>Looking at {name}…</source>
        <translation>‏{name} دیکھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Choose the trust policy you hold for a verdict.</source>
        <translation>نتیجے کے لیے اپنے پاس موجود ٹرسٹ پالیسی منتخب کریں۔</translation>
    </message>
    <message>
        <source>Choose or drop the file to verify first.</source>
        <translation>پہلے جانچ کے لیے فائل منتخب کریں یا یہاں لا کر چھوڑیں۔</translation>
    </message>
    <message>
        <source>Choose the trust policy you hold, then verify.</source>
        <translation>اپنے پاس موجود ٹرسٹ پالیسی منتخب کریں، پھر جانچیں۔</translation>
    </message>
    <message>
        <source>{name}, against the policy {policy}</source>
        <translation>‏{name}، پالیسی {policy} کے مطابق</translation>
    </message>
    <message>
        <source>Verifying {name}…</source>
        <translation>‏{name} کی جانچ ہو رہی ہے…</translation>
    </message>
    <message>
        <source>Fill in the attestation, its leaves, the holding id and the trust policy.</source>
        <translation>تصدیق نامہ، اس کے پتے، ہولڈنگ نمبر اور ٹرسٹ پالیسی بھریں۔</translation>
    </message>
    <message>
        <source>Inclusion proof of holding {holding} in {name}</source>
        <translation>‏{name} میں ہولڈنگ {holding} کی شمولیت کا ثبوت</translation>
    </message>
    <message>
        <source>Making the proof of holding {holding}…</source>
        <translation>ہولڈنگ {holding} کا ثبوت بن رہا ہے…</translation>
    </message>
    <message>
        <source>{count} check(s) failed; the first: {name}: {reason}</source>
        <translation>‏{count} پڑتالیں ناکام؛ پہلی: {name}: {reason}</translation>
    </message>
    <message>
        <source>Save the verification record</source>
        <translation>جانچ کا ریکارڈ محفوظ کریں</translation>
    </message>
    <message>
        <source>Verification record, PDF (*.pdf);;Verification record, text (*.txt)</source>
        <translation>جانچ کا ریکارڈ، PDF (*.pdf);;جانچ کا ریکارڈ، متن (*.txt)</translation>
    </message>
    <message>
        <source>Saved the verification record to {path}.</source>
        <translation>جانچ کا ریکارڈ {path} میں محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Saving the verification record…</source>
        <translation>جانچ کا ریکارڈ محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Save the inclusion proof</source>
        <translation>شمولیت کا ثبوت محفوظ کریں</translation>
    </message>
    <message>
        <source>Proof (*.json)</source>
        <translation>ثبوت (*.json)</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>‏{path} میں محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>WithdrawalDialog</name>
    <message>
        <source>Withdrawal</source>
        <translation>نکاسی</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>نکالیں</translation>
    </message>
    <message>
        <source>Withdraw this holding?</source>
        <translation>یہ ہولڈنگ نکالیں؟</translation>
    </message>
    <message>
        <source>{what}

It leaves custody and stops counting toward the reserves.</source>
        <translation>‏{what}

یہ تحویل سے نکل جاتی ہے اور ذخائر میں شمار نہیں ہوتی۔</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>اور مزید {n}</translation>
    </message>
    <message>
        <source>Withdraw these {n} holdings?</source>
        <translation>یہ {n} ہولڈنگز نکالیں؟</translation>
    </message>
    <message>
        <source>{total}:
{named}

They leave custody and stop counting toward the reserves.</source>
        <translation>‏{total}:
{named}

یہ تحویل سے نکل جاتی ہیں اور ذخائر میں شمار نہیں ہوتیں۔</translation>
    </message>
</context>
</TS>
