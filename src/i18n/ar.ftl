### Arabic, from en.ftl.
lang_name = العربية
app_name = Planado
tagline = احجز مؤتمر فيديو مسبقًا. تبقى الغرفة سرية حتى يبدأ المؤتمر.
privacy_footer = لا يخزّن Planado سوى المعرّفات ووقت البدء والمنطقة الزمنية والتكرار، ولا يخزّن أبدًا اسم المؤتمر ولا هوية المدعوين. لا ملفات تعريف ارتباط ولا تتبّع.

index_title = حجز مؤتمر
field_name = اسم المؤتمر
field_name_hint = يظهر في الدعوة وفي المؤتمر. لا يخزّنه Planado.
field_date = التاريخ
field_time = الوقت
field_repeat = التكرار
field_count = عدد الاجتماعات
field_count_hint = من 1 إلى { $max }، بما في ذلك الاجتماع الأول.
tz_assumed = التاريخ والوقت حسب المنطقة الزمنية { $tz }.
button_book = حجز
now_title = فتح غرفة فورًا
now_text = غرفة سرية جديدة تدخلها مباشرةً. لا يُخزَّن أي شيء.
button_now = فتح غرفة الآن

repeat_none = بلا تكرار
repeat_daily = يوميًا
repeat_weekly = أسبوعيًا
repeat_biweekly = كل أسبوعين
repeat_fourweekly = كل أربعة أسابيع
repeat_monthly = شهريًا
repeat_weekdays = يوميًا من الاثنين إلى الجمعة
repeat_monthly_weekday = شهريًا في اليوم نفسه من الأسبوع (مثل: ثاني يوم ثلاثاء من الشهر)
repeat_monthly_last_weekday = شهريًا في آخر يوم مماثل من الشهر (مثل: آخر يوم جمعة)
repeat_monthly_on = شهريًا في { $position ->
        [1] أول
        [2] ثاني
        [3] ثالث
        [4] رابع
        [5] خامس
       *[last] آخر
    } { $weekday ->
        [1] يوم اثنين
        [2] يوم ثلاثاء
        [3] يوم أربعاء
        [4] يوم خميس
        [5] يوم جمعة
        [6] يوم سبت
       *[7] يوم أحد
    } من الشهر
repeat_summary = { $rule }، { $count ->
        [zero] { $count } اجتماع
        [one] اجتماع واحد
        [two] اجتماعان
        [few] { $count } اجتماعات
        [many] { $count } اجتماعًا
       *[other] { $count } اجتماع
    }

booked_title = تم حجز مؤتمرك
label_name = الاسم
label_start = موعد البدء
label_repeat = التكرار
label_invite = رابط الدعوة
label_calendar = التقويم
label_admin = رابط الإدارة
invite_hint = أرسل هذا الرابط إلى من تدعوهم. يعرض الرابط صفحة انتظار حتى موعد البدء، ثم يقود إلى الغرفة.
open_invite = فتح رابط الدعوة
admin_hint = احتفظ برابط الإدارة لنفسك: فهو يتيح لك تغيير المؤتمر أو إلغاءه والدخول مبكرًا. ولا يمكن عرضه مرة أخرى.
download_ics = تنزيل ملف التقويم (.ics)
button_copy = نسخ الدعوة
button_copied = تم النسخ إلى الحافظة
button_mail = إرسال بالبريد الإلكتروني
invitation_subject = دعوة: { $name }
invitation_text =
    دعوة لحضور مؤتمر الفيديو «{ $name }».
    موعد البدء: { $start }
    { $repeat }
    للانضمام: { $invite }
    للإضافة إلى التقويم: { $ics }

waiting_title = لم يبدأ المؤتمر بعد
waiting_starts = يبدأ المؤتمر في { $start }.
waiting_opens = تُفتح الغرفة في { $opens }، ويبدأ الاجتماع في { $time }.
waiting_local = حسب منطقتك الزمنية: { $time }
waiting_local_opens = حسب منطقتك الزمنية: تُفتح الغرفة في { $opens }، ويبدأ الاجتماع في { $time }.
countdown_label = يبدأ بعد
countdown_opens_label = تُفتح الغرفة بعد
room_opens_early = تُفتح الغرفة { $minutes ->
        [zero] عند البدء
        [one] قبل دقيقة واحدة من البدء
        [two] قبل دقيقتين من البدء
        [few] قبل { $minutes } دقائق من البدء
        [many] قبل { $minutes } دقيقة من البدء
       *[other] قبل { $minutes } دقيقة من البدء
    }.
error_open_early_invalid = يمكن أن تُفتح الغرفة عند البدء أو قبله بمدة لا تتجاوز { $max ->
        [zero] { $max } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $max } دقائق
        [many] { $max } دقيقة
       *[other] { $max } دقيقة
    } (بدقائق كاملة).
field_open_early = موعد فتح الغرفة
open_early_0 = عند البدء
open_early_n = { $minutes ->
        [zero] عند البدء
        [one] قبل دقيقة واحدة
        [two] قبل دقيقتين
        [few] قبل { $minutes } دقائق
        [many] قبل { $minutes } دقيقة
       *[other] قبل { $minutes } دقيقة
    }
field_duration = المدة
field_reminder = التذكير في التقويم
reminder_0 = بلا تذكير
reminder_10 = قبل 10 دقائق
reminder_60 = قبل ساعة
reminder_1440 = قبل يوم
length_minutes = { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
length_hours = { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتان
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }
length_hours_minutes = { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة
        [two] ساعتان
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    } و{ $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
label_length = المدة
waiting_length = مدة الاجتماع { $length }.
error_duration_invalid = يجب أن تتراوح مدة الاجتماع بين { $min } و{ $max ->
        [zero] { $max } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $max } دقائق
        [many] { $max } دقيقة
       *[other] { $max } دقيقة
    } (بدقائق كاملة).
error_reminder_invalid = يُرجى اختيار أحد التذكيرات المتاحة.
waiting_auto = أبقِ هذه الصفحة مفتوحة: ستنقلك إلى الغرفة عند البدء.
waiting_nojs = تُعيد هذه الصفحة تحميل نفسها كل 30 ثانية، وتنقلك إلى الغرفة عند البدء.

consent_title = قبل الدخول
consent_text = يُعقد المؤتمر على { $jitsi }. يُرجى قراءة إشعار الخصوصية قبل الدخول.
consent_link = إشعار الخصوصية
button_enter = دخول الغرفة

error_title = تعذّر إتمام العملية
back = العودة إلى نموذج الحجز
notfound_title = المؤتمر غير موجود
notfound_text = هذه الدعوة غير معروفة، أو أن المؤتمر قد انتهى. تحقّق من الرابط، أو اكتب معرّف الدعوة:
field_invite_id = معرّف الدعوة
button_open = فتح
error_method = لا يقبل هذا العنوان هذا النوع من الطلبات.
error_unauthorized = يتطلب هذا العنوان رمز الحجز الخاص بخادم Jitsi لدى المشغّل.
error_reservation_name = اسم الغرفة (name) مفقود أو ليس اسم غرفة صالحًا.
error_reservation_start_time = وقت البدء (start_time) مفقود أو ليس تاريخًا ووقتًا بصيغة مثل 2026-12-01T09:00:00.000Z.
reservation_opens = يُفتح هذا المؤتمر في { $time } ({ $zone }).
reservation_unknown = هذه الغرفة غير محجوزة على هذا الخادم، أو أن وقتها قد انتهى.
error_too_large = الطلب كبير جدًا.
error_timeout = لم يصل الطلب في الوقت المحدد. يُرجى المحاولة مرة أخرى.
error_uri_too_long = العنوان طويل جدًا.
error_headers_too_large = يحتوي الطلب على عدد كبير جدًا من حقول الترويسة.
error_protocol = إصدار HTTP هذا غير مدعوم.
error_field_only_for_update = الحقل { $field } خاص بتغيير المؤتمر (action=update) فقط.
error_field_only_for_occurrence = الحقل { $field } خاص بتخطي موعد واحد أو نقله أو استعادته فقط.
error_media_type = يُرجى إرسال النموذج بترميز application/x-www-form-urlencoded.
unavailable_title = غير متاح مؤقتًا
error_unavailable = يتعذّر الوصول إلى قاعدة البيانات حاليًا. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error_internal = حدث خطأ داخل Planado. يمكن للمشغّل الاطلاع على التفاصيل في سجل الخادم.
error_encoding = يحتوي الطلب على أحرف تالفة (ترميز غير سليم بعلامة النسبة المئوية، أو نص ليس بترميز UTF-8).
error_too_many_params = يحتوي الطلب على عدد كبير جدًا من المعاملات.
error_name_missing = يُرجى إدخال اسم للمؤتمر.
error_name_too_long = يجب ألا يزيد طول الاسم على { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }.
error_name_invalid = يجب ألا يحتوي الاسم على أحرف تحكم، مثل فواصل الأسطر.
error_date_missing = يُرجى اختيار تاريخ.
error_date_invalid = يجب أن يكون التاريخ صحيحًا ومكتوبًا بالصيغة YYYY-MM-DD.
error_time_missing = يُرجى اختيار وقت.
error_time_invalid = يجب كتابة الوقت بالصيغة HH:MM، من 00:00 إلى 23:59.
error_tz_invalid = «{ $tz }» ليست منطقة زمنية معروفة.
error_repeat_invalid = يُرجى اختيار أحد خيارات التكرار المتاحة.
error_repeat_start = لا يتوافق هذا التكرار مع تاريخ البدء: يجب أن يبدأ التكرار «يوميًا من الاثنين إلى الجمعة» في يوم من الاثنين إلى الجمعة، والتكرار «شهريًا في آخر يوم مماثل» في آخر يوم من نوعه في شهره (مثل آخر يوم جمعة).
error_count_invalid = يجب أن يكون عدد الاجتماعات عددًا صحيحًا من 1 إلى { $max }.
error_time_nonexistent = الوقت { $time } غير موجود في { $tz }، إذ تُقدَّم الساعة عند تغيير التوقيت فيُتخطّى هذا الوقت. يُرجى اختيار وقت آخر.
error_start_past = موعد البدء في الماضي. يُرجى اختيار وقت لاحق.
error_start_far = لا يمكن حجز المؤتمرات قبل موعدها بأكثر من { $years ->
        [zero] { $years } سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $years } سنوات
        [many] { $years } سنة
       *[other] { $years } سنة
    }.
error_id_missing = معرّف الدعوة مفقود.
error_too_many_bookings = أُجري عدد كبير جدًا من الحجوزات من شبكتك خلال هذه الساعة. يُرجى المحاولة لاحقًا.
error_cross_site = جاء هذا النموذج من موقع آخر، لذا لم يُنفَّذ. يُرجى استخدام صفحات Planado نفسها مباشرةً.
error_action_invalid = إجراء غير معروف.
error_body_incomplete = انتهى نص الطلب قبل أن يبلغ الطول المعلن.

admin_title = إدارة مؤتمرك
label_next = الاجتماع التالي
label_progress = الاجتماعات
label_upcoming = السلسلة من الآن فصاعدًا
label_current = الحالي
progress_text = الاجتماع { $n } من { $count }
enter_title = الدخول الآن
enter_text = بصفتك المنظِّم، يمكنك فتح الغرفة في أي وقت، حتى قبل البدء.
button_enter_now = دخول الغرفة الآن
change_title = تغيير التاريخ والوقت
change_text = يبقى رابط الدعوة كما هو، فيظل صالحًا لدى كل من دعوتهم. وتبدأ السلسلة المعدَّلة من جديد في التاريخ الجديد.
field_tz = المنطقة الزمنية
button_save = حفظ التغييرات
cancel_title = إلغاء المؤتمر
cancel_text = سيتوقف رابط الدعوة عن العمل لدى الجميع. ولا يمكن التراجع عن ذلك.
button_cancel = إلغاء المؤتمر…
confirm_title = إلغاء المؤتمر؟
confirm_question = هل تريد حقًا إلغاء هذا المؤتمر؟ سيتوقف رابط الدعوة عن العمل لدى الجميع.
button_cancel_confirm = نعم، إلغاء المؤتمر
button_keep = لا، إبقاء المؤتمر
cancelled_title = تم الإلغاء
cancelled_text = تم إلغاء المؤتمر، ولم تعد روابطه تعمل.
changed_notice = تم حفظ تغييراتك.
calendar_summary_default = مؤتمر فيديو
calendar_description = للانضمام إلى مؤتمر الفيديو: { $invite }
add_to_calendar = إضافة إلى التقويم (.ics)

legacy_key_renewed = نُقل هذا المؤتمر من الإصدار السابق من Planado، الذي كان بإمكان المدعوين فيه استنتاج روابط الإدارة. لم يعد رابط الإدارة القديم يعمل. احتفظ بالرابط الجديد أدناه: فهو الطريقة الوحيدة لتغيير المؤتمر أو إلغائه.
label_new_admin = رابط الإدارة الجديد
open_new_admin = فتح رابط الإدارة الجديد
error_changed_meanwhile = غيّر شخص آخر هذا المؤتمر أثناء تعديلك له، لذا لم تُحفظ تغييراتك. افتح رابط الإدارة مرة أخرى لترى حالته الحالية، ثم أجرِ تغييراتك من جديد.
error_sequence_invalid = النموذج تالف (رقم إصداره ليس رقمًا). افتح رابط الإدارة مرة أخرى.
public_jitsi_organiser = غرفك على الخادم العام meet.jit.si، الذي لا يفتح الغرفة إلا بعد أن ينضم إليها مشرف ويسجّل الدخول هناك (بحساب Google أو GitHub أو Facebook). انضم أنت أولًا عند البدء، وسجّل الدخول عندما يطلب منك meet.jit.si ذلك؛ وإلى ذلك الحين يرى ضيوفك أن الاجتماع بانتظار المضيف.
public_jitsi_guest = يُعقد هذا المؤتمر على الخادم العام meet.jit.si: تُفتح غرفته بعد أن ينضم المنظِّم ويسجّل الدخول. إذا ظهر في meet.jit.si أن الاجتماع بانتظار المضيف، فأبقِ تلك الصفحة مفتوحة، وستُدخلك عند وصول المنظِّم.

## باب الغرفة (غرفة الانتظار وكلمة المرور والحد الأقصى للمشاركين)
door_title = من يمكنه الدخول
field_lobby = ينتظر الضيوف في غرفة الانتظار حتى يسمح لهم مشرف بالدخول
field_lobby_hint = يُدخلهم مشرف؛ وعند استخدام رموز الغرف، يكون المشرف كل من يدخل برابط المنظِّم الخاص بك.
field_password = كلمة مرور الغرفة
field_password_hint = اختيارية. لا تظهر إلا لك، ما لم تضعها في الدعوة.
field_max_participants = الحد الأقصى للمشاركين
field_max_participants_hint = اختياري: لا يدخل الغرفة أكثر من هذا العدد من الأشخاص.
field_password_in_invitation = تضمين كلمة المرور في الدعوة وفي حدث التقويم
door_needs_jitsi = تتطلب غرفة الانتظار وكلمة مرور الغرفة والحد الأقصى للمشاركين خادم Jitsi يستشير Planado هذا قبل فتح أي غرفة (عبر واجهة الحجز الخلفية)، ولا يتوفر ذلك في هذا التثبيت.
label_door = من يمكنه الدخول
door_lobby_on = ينتظر الضيوف في غرفة الانتظار حتى يسمح لهم مشرف بالدخول.
door_password_private = كلمة مرور الغرفة: { $password } (غير مضمَّنة في الدعوة: أبلغ ضيوفك بها بنفسك)
door_password_shared = كلمة مرور الغرفة: { $password } (مضمَّنة في الدعوة)
door_max_on = لا يزيد عدد المشاركين على { $max ->
        [zero] { $max } شخص
        [one] شخص واحد
        [two] شخصين
        [few] { $max } أشخاص
        [many] { $max } شخصًا
       *[other] { $max } شخص
    }.
door_lobby_guest = سيُدخلك المنظِّم من غرفة الانتظار.
door_password_guest = كلمة مرور الغرفة: { $password }
error_door_needs_jitsi = تتطلب غرفة الانتظار أو كلمة مرور الغرفة أو الحد الأقصى للمشاركين خادم Jitsi يستشير Planado هذا قبل فتح أي غرفة، ولا يتوفر ذلك في هذا التثبيت (لم يُضبط reservations_api_token).
error_flag_invalid = يجب أن تكون قيمة { $field } إما true أو false.
error_password_invalid = يجب ألا تكون كلمة مرور الغرفة فارغة، وألا يزيد طولها على { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    }، وألا تحتوي على أحرف تحكم.
error_max_participants_invalid = يجب أن يكون الحد الأقصى للمشاركين عددًا صحيحًا من { $min } إلى { $max }.

## التقاويم التي تتابع الاجتماع: الاشتراك واستثناءات السلسلة.
subscribe_title = الاشتراك في تقويمك
subscribe_text = يراجع التقويم المشترَك فيه الاجتماعَ من تلقاء نفسه ويتابع كل تغيير: وقت جديد، أو اجتماع تم تخطيه أو نقله، أو إلغاء.
subscribe_or_download = عند الاشتراك يتابع تقويمك كل تغيير في الاجتماع؛ وعند التنزيل يحتفظ بالاجتماع كما هو الآن.
subscribe_webcal = الاشتراك في برنامج التقويم
subscribe_google = الاشتراك في تقويم Google
subscribe_outlook = الاشتراك في Outlook على الويب
subscribe_address = عنوان التقويم، للاشتراك يدويًا
subscribe_named_text = مع اسم المؤتمر في حدث التقويم: سيرى مزوّد التقويم (Google أو Microsoft أو خادمك الخاص) الاسم، لأنه يصبح حينئذٍ جزءًا من العنوان.
subscribe_named_webcal = الاشتراك مع الاسم في برنامج التقويم
subscribe_named_google = الاشتراك مع الاسم في تقويم Google
subscribe_named_outlook = الاشتراك مع الاسم في Outlook على الويب
subscribe_name_note = يحمل الحدث المشترَك فيه اسم «مؤتمر فيديو»: فخادم التقويم يجلب الموجز بنفسه ولا يرى أبدًا الاسم الموجود في رابطك. أما عنوان الموجز الذي يتضمن الاسم (name=…) فيعرضه، لكن مزوّد التقويم سيرى الاسم حينئذٍ.
subscribe_refresh_note = بعض التقاويم لا تتحقق من جديد إلا مرة واحدة في اليوم، وكثير منها يتجاهل التذكير في التقويم المشترَك فيه. أما هذه الصفحة فتعرض الاجتماع دائمًا كما هو.
calendar_cancelled = أُلغي هذا الاجتماع.
occurrences_text = تخطَّ اجتماعًا (في يوم عطلة مثلًا) أو انقله؛ تبقى الروابط كما هي، وتتابع التقاويم المشترَك فيها التغيير.
label_skipped = تم تخطيه
label_moved_from = نُقل من { $time }
button_skip = تخطي
button_move = نقل
button_move_save = نقل هذا الاجتماع
button_restore = استعادة
error_feed_invalid = يجب أن تكون قيمة المعامل feed مساوية لـ1، أو أن يُحذف المعامل.
error_occurrence_missing = يُرجى تحديد الموعد (وقت بدئه، مثل 2026-03-19T09:00:00Z).
error_occurrence_invalid = يجب تحديد الموعد بوقت بدئه بصيغة RFC 3339، مثل 2026-03-19T09:00:00Z.
error_occurrence_unknown = لا يوجد لهذا الاجتماع موعد في ذلك الوقت.
error_exception_one_off = الاجتماع الفردي ليس له مواعيد يمكن تخطيها أو نقلها: غيّر تاريخه بدلًا من ذلك.
error_exception_past = لا يمكن تخطي اجتماع أو نقله إلا إذا لم يكن قد بدأ بعد، ولا يُنقل إلا إلى وقت لم يحن بعد.
error_exception_none = لم يُتخطَّ هذا الموعد ولم يُنقل.
error_exception_last = هذا هو آخر اجتماع متبقٍّ: ألغِ المؤتمر بدلًا من تخطيه.
error_exception_order = يجب أن يبقى الاجتماع المنقول بعد الاجتماع الذي يسبقه وقبل الذي يليه، وفي وقت يختلف عن وقتيهما.
error_exceptions_too_many = لا يمكن تخطي أو نقل أكثر من { $max ->
        [zero] { $max } موعد
        [one] موعد واحد
        [two] موعدين
        [few] { $max } مواعيد
        [many] { $max } موعدًا
       *[other] { $max } موعد
    } في المؤتمر الواحد.


## اللغات وإمكانية الوصول
language_menu_label = اللغة
skip_link = الانتقال إلى المحتوى
error_summary = لم يُرسَل النموذج: يُرجى تصحيح الحقل المحدَّد أدناه.
waiting_stop_reload = إيقاف إعادة تحميل هذه الصفحة
waiting_reload_stopped = لم تعد هذه الصفحة تُعيد تحميل نفسها. تحقّق مرة أخرى عند البدء، أو افتح رابط الدعوة حينها.
button_check_again = التحقق مرة أخرى
field_auto_enter = الدخول إلى الغرفة تلقائيًا عند فتحها
waiting_room_open = الغرفة مفتوحة.
countdown_announce = { $minutes ->
        [zero] تُفتح الغرفة الآن.
        [one] تُفتح الغرفة بعد دقيقة واحدة.
        [two] تُفتح الغرفة بعد دقيقتين.
        [few] تُفتح الغرفة بعد { $minutes } دقائق.
        [many] تُفتح الغرفة بعد { $minutes } دقيقة.
       *[other] تُفتح الغرفة بعد { $minutes } دقيقة.
    }
countdown_entering = الغرفة مفتوحة: جارٍ الدخول الآن.
accessibility_link = إمكانية الوصول
accessibility_title = بيان إمكانية الوصول
accessibility_intro = يسعى Planado إلى أن يتمكن كل زائر من حجز مؤتمر وانتظاره والدخول إليه: باستخدام لوحة المفاتيح وحدها، أو بقارئ شاشة، أو على شاشة صغيرة، أو بنص كبير، وبلغته هو.
accessibility_standard = يهدف Planado إلى استيفاء إرشادات الوصول إلى محتوى الويب (WCAG) 2.2 على المستوى AA، التي تستند إليها المواصفة الأوروبية EN 301 549 والمرجع الفرنسي RGAA واللائحة الألمانية BITV.
accessibility_tested_title = كيف جرى الاختبار
accessibility_tested = يُختبر كل إصدار آليًا: تفحص أداة axe-core كل صفحة في كل حالاتها (نموذج الحجز فارغًا ومع أخطاء، وصفحة التأكيد، وصفحة الانتظار قبل الفتح وعنده ومن دون JavaScript، وصفحة الدخول، وصفحة المنظِّم بعد كل إجراء، وصفحات الأخطاء) بالإنجليزية والألمانية والعربية، بعرض شاشة هاتف وشاشة حاسوب مكتبي، وفق قواعد WCAG 2.0 و2.1 و2.2 للمستويين A وAA. ويحجز اختبارٌ في المتصفح مؤتمرًا، وينسخ الدعوة، ويغيّر المؤتمر ويلغيه، باستخدام لوحة المفاتيح وحدها. ويجب أن يُعاد ترتيب المحتوى دون فقدان أي شيء عند تكبير النص إلى 200% وفي نافذة بعرض 320 بكسل.
accessibility_pages = تعمل كل الصفحات من دون JavaScript. لا يخاطب العدّ التنازلي قارئ الشاشة إلا في اللحظات المهمة (قبل الفتح بـ10 دقائق و5 دقائق ودقيقة واحدة، وعند فتح الغرفة)؛ ولا يتحرك شيء عندما يطلب النظام تقليل الحركة؛ ويمكن إيقاف إعادة التحميل التلقائي لصفحة الانتظار.
accessibility_limits_title = حدود معروفة
accessibility_limits = يُعقد المؤتمر نفسه في Jitsi Meet، وهو ليس جزءًا من Planado، فتسري هناك إمكانية الوصول الخاصة به. تكتشف الاختبارات الآلية كثيرًا من العوائق، لا جميعها؛ كما أن برامج التقويم التي تعرض اجتماعًا مشترَكًا فيه تقع هي أيضًا خارج Planado.
accessibility_report_title = الإبلاغ عن عائق
accessibility_report_contact = إذا منعك شيء في هذه الصفحات من استخدامها، فاكتب إلى { $contact }. اذكر الصفحة وما حدث، وستتلقى ردًّا، وسيُزال العائق أو يُقدَّم لك بديل.
accessibility_report_operator = إذا منعك شيء في هذه الصفحات من استخدامها، فأبلغ مشغّل هذا الموقع، فهو من يدير نسخة Planado هذه. اذكر الصفحة وما حدث.
