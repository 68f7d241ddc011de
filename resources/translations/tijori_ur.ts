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
        <source>Public keys for the role {role}</source>
        <translation>کردار {role} کے لیے عوامی کلیدیں</translation>
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
        <source>Cancel</source>
        <extracomment>The service&apos;s result, after a successful save. Everything the dialog needed from the ledger has arrived. Movement kind for the movement box; None for dialogs without one. Service field names shown under another field of this form. Where a `NotFound` from the service is shown.</extracomment>
        <translation>منسوخ کریں</translation>
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
        <source>Nothing to show.</source>
        <translation>دکھانے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>Part {n} of {total}</source>
        <translation>حصہ {n} از {total}</translation>
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
        <translation>‏{word!r} ہولڈنگ نمبر نہیں (1 سے شروع ہونے والا پورا عدد)۔</translation>
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
        <source>A P-256 key named as report-signer in the policy; its certificate (KEY.crt) beside it.</source>
        <translation>ایسی P-256 کلید جو پالیسی میں رپورٹ دستخط کنندہ کے طور پر درج ہو؛ اس کا سرٹیفکیٹ (KEY.crt) اس کے ساتھ ہو۔</translation>
    </message>
    <message>
        <source>Key passphrase:</source>
        <translation>کلید کا پاس فریز:</translation>
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
        <extracomment>Where a recent movement&apos;s row keeps its event kind.</extracomment>
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
        <source>Admin key file:</source>
        <translation>منتظم کی کلید فائل:</translation>
    </message>
    <message>
        <source>Your admin key file</source>
        <translation>آپ کی منتظم کلید فائل</translation>
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
        <source>Your key&apos;s passphrase</source>
        <translation>آپ کی کلید کا پاس فریز</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>پاس فریز:</translation>
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
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>As the system: {language}</source>
        <translation>سسٹم کے مطابق: {language}</translation>
    </message>
    <message>
        <source>Tijori shows the new language the next time it starts. Quantities, serials and codes are always written in Latin digits.</source>
        <translation>‏Tijori نئی زبان اگلی بار شروع ہونے پر دکھائے گا۔ مقداریں، سیریل اور کوڈ ہمیشہ لاطینی ہندسوں (0-9) میں لکھے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>زبان:</translation>
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
