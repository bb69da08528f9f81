### Turkish, from en.ftl.
lang_name = Türkçe
app_name = Planado
tagline = Video konferansınızı önceden planlayın. Oda, başlangıç saatine kadar gizli kalır.
privacy_footer = Planado yalnızca kimlikleri, başlangıç zamanını, saat dilimini ve tekrarı saklar; konferansın adını ve kimlerin davetli olduğunu asla saklamaz. Çerez yok, izleme yok.

index_title = Konferans planlayın
field_name = Konferansın adı
field_name_hint = Davette ve konferansta görünür. Planado bunu saklamaz.
field_date = Tarih
field_time = Saat
field_repeat = Tekrar
field_count = Toplantı sayısı
field_count_hint = 1 ile { $max } arasında, ilki dahil.
tz_assumed = Tarih ve saat, { $tz } saat dilimine göredir.
button_book = Planla
now_title = Hemen bir oda açın
now_text = Yeni ve gizli bir odayla doğrudan konferansa geçin. Hiçbir şey saklanmaz.
button_now = Hemen oda aç

repeat_none = Tekrarlanmaz
repeat_daily = Her gün
repeat_weekly = Her hafta
repeat_biweekly = İki haftada bir
repeat_fourweekly = Dört haftada bir
repeat_monthly = Her ay
repeat_weekdays = Hafta içi her gün (pazartesi–cuma)
repeat_monthly_weekday = Her ay, aynı sıradaki hafta günü (örneğin ayın ikinci salısı)
repeat_monthly_last_weekday = Her ay, aynı günün aydaki sonuncusu (örneğin ayın son cuması)
repeat_monthly_on = Her ayın { $position ->
        [1] ilk
        [2] ikinci
        [3] üçüncü
        [4] dördüncü
        [5] beşinci
       *[last] son
    } { $weekday ->
        [1] pazartesi
        [2] salı
        [3] çarşamba
        [4] perşembe
        [5] cuma
        [6] cumartesi
       *[7] pazar
    } günü
repeat_summary = { $rule }, { $count ->
        [one] { $count } toplantı
       *[other] { $count } toplantı
    }

booked_title = Konferansınız planlandı
label_name = Ad
label_start = Başlangıç
label_repeat = Tekrar
label_invite = Davet bağlantısı
label_calendar = Takvim
label_admin = Yönetim bağlantısı
invite_hint = Bu bağlantıyı davet ettiğiniz kişilere gönderin. Başlangıca kadar bir bekleme sayfası gösterir; başlangıçtan itibaren doğrudan odaya götürür.
open_invite = Davet bağlantısını aç
admin_hint = Yönetim bağlantısını kimseyle paylaşmayın: bu bağlantıyla konferansı değiştirebilir, iptal edebilir ve odaya erken girebilirsiniz. Bağlantı bir daha gösterilemez.
download_ics = Takvim dosyasını indir (.ics)
button_copy = Daveti kopyala
button_copied = Panoya kopyalandı
button_mail = E-postayla gönder
invitation_subject = Davet: { $name }
invitation_text =
    “{ $name }” adlı video konferansa davetlisiniz.
    Başlangıç: { $start }
    { $repeat }
    Katılmak için: { $invite }
    Takviminize eklemek için: { $ics }

waiting_title = Konferans henüz başlamadı
waiting_starts = Başlangıç: { $start }
waiting_opens = Odanın açılışı: { $opens }; toplantının başlangıcı: { $time }
waiting_local = Saat diliminizde: { $time }
waiting_local_opens = Saat diliminizde odanın açılışı: { $opens }; toplantının başlangıcı: { $time }
countdown_label = Başlangıca kalan süre
countdown_opens_label = Odanın açılmasına kalan süre
room_opens_early = Oda, başlangıçtan { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    } önce açılır.
error_open_early_invalid = Oda, başlangıçtan 0 ile { $max ->
        [one] { $max } dakika
       *[other] { $max } dakika
    } arasında bir süre önce açılabilir (tam dakika olarak).
field_open_early = Oda açılışı
open_early_0 = başlangıçta
open_early_n = { $minutes ->
        [one] { $minutes } dakika önce
       *[other] { $minutes } dakika önce
    }
field_duration = Süre
field_reminder = Takvimde hatırlatıcı
reminder_0 = yok
reminder_10 = 10 dakika önce
reminder_60 = 1 saat önce
reminder_1440 = 1 gün önce
length_minutes = { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    }
length_hours = { $hours ->
        [one] { $hours } saat
       *[other] { $hours } saat
    }
length_hours_minutes = { $hours ->
        [one] { $hours } saat
       *[other] { $hours } saat
    } { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    }
label_length = Süre
waiting_length = Toplantı { $length } sürer.
error_duration_invalid = Toplantı süresi { $min } ile { $max ->
        [one] { $max } dakika
       *[other] { $max } dakika
    } arasında olmalıdır (tam dakika olarak).
error_reminder_invalid = Lütfen sunulan hatırlatıcılardan birini seçin.
waiting_auto = Bu sayfayı açık tutun: başlangıçta sizi odaya götürür.
waiting_nojs = Bu sayfa her 30 saniyede bir kendini yeniler ve başlangıçta sizi odaya götürür.

consent_title = Girmeden önce
consent_text = Konferans { $jitsi } üzerinde yapılır. Lütfen girmeden önce gizlilik bildirimini okuyun.
consent_link = Gizlilik bildirimi
button_enter = Odaya gir

error_title = İşlem gerçekleştirilemedi
back = Planlama formuna dön
notfound_title = Böyle bir konferans yok
notfound_text = Bu davet bilinmiyor ya da konferans sona erdi. Bağlantıyı kontrol edin veya davet kimliğini yazın:
field_invite_id = Davet kimliği
button_open = Aç
error_method = Bu adres bu tür bir isteği kabul etmiyor.
error_unauthorized = Bu adres için site işletmecisinin Jitsi sunucusuna ait rezervasyon belirteci gerekir.
error_reservation_name = Oda adı (name) eksik ya da geçerli bir oda adı değil.
error_reservation_start_time = Başlangıç zamanı (start_time) eksik ya da 2026-12-01T09:00:00.000Z gibi bir tarih ve saat değil.
reservation_opens = Bu konferansın açılış zamanı: { $time } ({ $zone })
reservation_unknown = Bu oda bu sunucuda rezerve edilmemiş ya da süresi dolmuş.
error_too_large = İstek çok büyük.
error_timeout = İstek zamanında ulaşmadı. Lütfen tekrar deneyin.
error_uri_too_long = Adres çok uzun.
error_headers_too_large = İstekte çok fazla başlık alanı var.
error_protocol = Bu HTTP sürümü desteklenmiyor.
error_field_only_for_update = { $field } alanı yalnızca bir değişiklikte (action=update) kullanılabilir.
error_field_only_for_occurrence = { $field } alanı yalnızca tek bir toplantıyı atlarken, taşırken ya da geri alırken kullanılabilir.
error_media_type = Formu application/x-www-form-urlencoded olarak gönderin.
unavailable_title = Geçici olarak kullanılamıyor
error_unavailable = Veritabanına şu anda ulaşılamıyor. Lütfen birkaç dakika sonra tekrar deneyin.
error_internal = Planado'da bir şeyler ters gitti. Site işletmecisi ayrıntıları sunucu günlüğünde bulabilir.
error_encoding = İstek hatalı karakterler içeriyor (bozuk yüzde kodlaması ya da UTF-8 olmayan metin).
error_too_many_params = İstekte çok fazla parametre var.
error_name_missing = Lütfen konferansa bir ad verin.
error_name_too_long = Ad en fazla { $max ->
        [one] { $max } karakter
       *[other] { $max } karakter
    } olabilir.
error_name_invalid = Ad, satır sonu gibi denetim karakterleri içeremez.
error_date_missing = Lütfen bir tarih seçin.
error_date_invalid = Tarih, YYYY-MM-DD biçiminde yazılmış geçerli bir tarih olmalıdır.
error_time_missing = Lütfen bir saat seçin.
error_time_invalid = Saat, 00:00 ile 23:59 arasında ve HH:MM biçiminde yazılmalıdır.
error_tz_invalid = “{ $tz }” bilinen bir saat dilimi değil.
error_repeat_invalid = Lütfen sunulan tekrar seçeneklerinden birini seçin.
error_repeat_start = Bu tekrar, başlangıç tarihine uymuyor: “hafta içi her gün” pazartesi ile cuma arasındaki bir günde, “aynı günün aydaki sonuncusu” ise ayın son yedi gününe düşen bir günde (örneğin ayın son cumasında) başlamalıdır.
error_count_invalid = Toplantı sayısı 1 ile { $max } arasında bir tam sayı olmalıdır.
error_time_nonexistent = { $time }, { $tz } saat diliminde yok: saatler ileri alındığı için bu saat atlanır. Lütfen başka bir saat seçin.
error_start_past = Başlangıç zamanı geçmişte kalıyor. Lütfen daha ileri bir zaman seçin.
error_start_far = Konferanslar en fazla { $years ->
        [one] { $years } yıl
       *[other] { $years } yıl
    } önceden planlanabilir.
error_id_missing = Davet kimliği eksik.
error_too_many_bookings = Son bir saat içinde ağınızdan çok fazla konferans planlandı. Lütfen daha sonra tekrar deneyin.
error_cross_site = Bu form başka bir web sitesinden gönderildiği için işleme alınmadı. Lütfen doğrudan Planado'nun kendi sayfalarını kullanın.
error_action_invalid = Bilinmeyen işlem.
error_body_incomplete = İstek gövdesi, bildirilen uzunluğa ulaşmadan sona erdi.

admin_title = Konferansınızı yönetin
label_next = Sonraki toplantı
label_progress = Toplantılar
label_upcoming = Serinin bundan sonraki toplantıları
label_current = şu anki
progress_text = { $n }. toplantı (toplam { $count })
enter_title = Hemen girin
enter_text = Düzenleyici olarak odayı istediğiniz zaman, başlangıçtan önce de açabilirsiniz.
button_enter_now = Odaya şimdi gir
change_title = Tarihi ve saati değiştirin
change_text = Davet bağlantısı aynı kalır: davet ettiğiniz herkesin bağlantısı geçerliliğini korur. Değiştirilen bir seri yeni tarihten itibaren yeniden başlar.
field_tz = Saat dilimi
button_save = Değişiklikleri kaydet
cancel_title = Konferansı iptal edin
cancel_text = Davet bağlantısı herkes için çalışmaz hale gelir. Bu işlem geri alınamaz.
button_cancel = Konferansı iptal et…
confirm_title = Konferans iptal edilsin mi?
confirm_question = Bu konferansı gerçekten iptal etmek istiyor musunuz? Davet bağlantısı herkes için çalışmaz hale gelir.
button_cancel_confirm = Evet, iptal et
button_keep = Hayır, kalsın
cancelled_title = İptal edildi
cancelled_text = Konferans iptal edildi. Bağlantıları artık çalışmıyor.
changed_notice = Değişiklikleriniz kaydedildi.
calendar_summary_default = Video konferans
calendar_description = Video konferansa katılın: { $invite }
add_to_calendar = Takvime ekle (.ics)

legacy_key_renewed = Bu konferans, yönetim bağlantılarının davetliler tarafından çıkarılabildiği önceki Planado sürümünden devralındı. Eski yönetim bağlantısı artık çalışmıyor. Aşağıdaki yenisini saklayın: konferansı değiştirmenin veya iptal etmenin tek yolu bu bağlantıdır.
label_new_admin = Yeni yönetim bağlantınız
open_new_admin = Yeni yönetim bağlantısını aç
error_changed_meanwhile = Siz düzenlerken biri bu konferansı değiştirdi, bu yüzden değişiklikleriniz kaydedilmedi. Güncel durumu görmek için yönetim bağlantısını yeniden açın, ardından değişikliklerinizi tekrar yapın.
error_sequence_invalid = Form bozuk (sürüm numarası bir sayı değil). Yönetim bağlantısını yeniden açın.
public_jitsi_organiser = Odalarınız herkese açık meet.jit.si sunucusunda. Bu sunucu bir odayı ancak bir moderatör katılıp orada oturum açtıktan sonra (Google, GitHub veya Facebook hesabıyla) açar. Başlangıçta ilk siz katılın ve meet.jit.si istediğinde oturum açın; o zamana kadar konuklarınız toplantı sahibinin beklendiğini görür.
public_jitsi_guest = Bu konferans herkese açık meet.jit.si sunucusunda yapılıyor: oda, düzenleyici katılıp oturum açtığında açılır. meet.jit.si toplantı sahibinin beklendiğini gösterirse o sayfayı açık tutun; düzenleyici geldiğinde içeri alınırsınız.

## Odanın kapısı (lobi, şifre, katılımcı sınırı)
door_title = Kimler girebilir
field_lobby = Konuklar, bir moderatör içeri alana kadar lobide bekler
field_lobby_hint = Onları bir moderatör içeri alır; oda belirteçleri kullanılıyorsa bu, yönetim bağlantınızla giren kişidir.
field_password = Oda şifresi
field_password_hint = İsteğe bağlı. Davete eklemediğiniz sürece yalnızca size gösterilir.
field_max_participants = En fazla katılımcı sayısı
field_max_participants_hint = İsteğe bağlı: odada bundan fazla kişi bulunamaz.
field_password_in_invitation = Şifreyi davete ve takvim kaydına ekle
door_needs_jitsi = Lobi, oda şifresi ve katılımcı sınırı için, bir odayı açmadan önce bu Planado kurulumuna soran bir Jitsi sunucusu (rezervasyon arka ucu) gerekir; bu kurulumda böyle bir sunucu yok.
label_door = Kimler girebilir
door_lobby_on = Konuklar, bir moderatör içeri alana kadar lobide bekler.
door_password_private = Oda şifresi: { $password } (davette yok: konuklarınıza kendiniz iletin)
door_password_shared = Oda şifresi: { $password } (davette yer alıyor)
door_max_on = En fazla { $max ->
        [one] { $max } katılımcı
       *[other] { $max } katılımcı
    }.
door_lobby_guest = Düzenleyici sizi lobiden içeri alacak.
door_password_guest = Oda şifresi: { $password }
error_door_needs_jitsi = Lobi, oda şifresi veya katılımcı sınırı için, bir odayı açmadan önce bu Planado kurulumuna soran bir Jitsi sunucusu gerekir; bu kurulumda böyle bir sunucu yok (reservations_api_token ayarlanmamış).
error_flag_invalid = { $field } alanı true ya da false olmalıdır.
error_password_invalid = Oda şifresi 1 ile { $max ->
        [one] { $max } karakter
       *[other] { $max } karakter
    } arasında olmalı ve denetim karakteri içermemelidir.
error_max_participants_invalid = En fazla katılımcı sayısı { $min } ile { $max } arasında bir tam sayı olmalıdır.

## Toplantıyı izleyen takvimler: abonelik ve serideki istisnalar.
subscribe_title = Takviminizde abone olun
subscribe_text = Abone olunan bir takvim toplantıyı kendiliğinden yeniden kontrol eder ve her değişikliği izler: yeni bir saat, atlanan ya da taşınan bir toplantı, bir iptal.
subscribe_or_download = Abone olursanız takviminiz toplantıdaki her değişikliği izler; indirirseniz toplantıyı şu anki haliyle saklar.
subscribe_webcal = Abone ol (takvim programı)
subscribe_google = Google Takvim'de abone ol
subscribe_outlook = Web üzerinde Outlook'ta abone ol
subscribe_address = Elle abone olmak için takvimin adresi
subscribe_named_text = Takvim kaydında konferansın adıyla: takvim sağlayıcısı (Google, Microsoft, kendi sunucunuz) adı görür, çünkü ad bu durumda adresin bir parçasıdır.
subscribe_named_webcal = Adıyla abone ol (takvim programı)
subscribe_named_google = Google Takvim'de adıyla abone ol
subscribe_named_outlook = Web üzerinde Outlook'ta adıyla abone ol
subscribe_name_note = Abone olunan kaydın adı “Video konferans” olur: takvim sunucusu akışı kendisi çeker ve bağlantınızdaki adı hiçbir zaman görmez. Adı içeren bir akış adresi (name=…) adı gösterir, ama bu durumda takvim sağlayıcısı da adı görür.
subscribe_refresh_note = Bazı takvimler yalnızca günde bir kez yeniden kontrol eder ve birçoğu abone olunan takvimlerdeki hatırlatıcıları kaldırır. Bu sayfa toplantıyı her zaman güncel haliyle gösterir.
calendar_cancelled = Bu toplantı iptal edildi.
occurrences_text = Bir toplantıyı atlayın (örneğin bir tatil günü) ya da taşıyın; bağlantılar aynı kalır ve abone olunan takvimler değişikliği izler.
label_skipped = atlandı
label_moved_from = taşındı (önceki: { $time })
button_skip = Atla
button_move = Taşı
button_move_save = Bu toplantıyı taşı
button_restore = Geri al
error_feed_invalid = feed parametresi 1 olmalı ya da hiç verilmemelidir.
error_occurrence_missing = Lütfen toplantıyı başlangıç zamanıyla belirtin (örneğin 2026-03-19T09:00:00Z).
error_occurrence_invalid = Toplantı, RFC 3339 biçimindeki başlangıç zamanıyla belirtilmelidir; örneğin 2026-03-19T09:00:00Z.
error_occurrence_unknown = Bu seride o zamanda bir toplantı yok.
error_exception_one_off = Tek seferlik bir toplantıda atlanacak ya da taşınacak bir tekrar yoktur: bunun yerine tarihini değiştirin.
error_exception_past = Yalnızca henüz başlamamış bir toplantı atlanabilir ya da taşınabilir; taşıma da yalnızca ileri bir zamana yapılabilir.
error_exception_none = Bu toplantı ne atlanmış ne de taşınmış.
error_exception_last = Bu, kalan son toplantı: atlamak yerine toplantıyı iptal edin.
error_exception_order = Taşınan bir toplantı, önceki toplantıdan sonra ve sonraki toplantıdan önce kalmalı, ikisiyle de aynı zamana denk gelmemelidir.
error_exceptions_too_many = Bir seride en fazla { $max ->
        [one] { $max } toplantı
       *[other] { $max } toplantı
    } atlanabilir ya da taşınabilir.


## Diller ve erişilebilirlik
language_menu_label = Dil
skip_link = İçeriğe atla
error_summary = Form gönderilmedi: lütfen aşağıda işaretlenen alanı düzeltin.
waiting_stop_reload = Sayfanın yenilenmesini durdur
waiting_reload_stopped = Bu sayfa artık kendini yenilemiyor. Başlangıçta yeniden kontrol edin ya da o zaman davet bağlantısını açın.
button_check_again = Yeniden kontrol et
field_auto_enter = Oda açıldığında odaya otomatik olarak gir
waiting_room_open = Oda açık.
countdown_announce = { $minutes ->
        [one] Odanın açılmasına { $minutes } dakika kaldı.
       *[other] Odanın açılmasına { $minutes } dakika kaldı.
    }
countdown_entering = Oda açık, şimdi içeri giriliyor.
accessibility_link = Erişilebilirlik
accessibility_title = Erişilebilirlik beyanı
accessibility_intro = Planado, her ziyaretçinin bir konferans planlayabilmesini, onu bekleyebilmesini ve ona katılabilmesini ister: yalnızca klavyeyle, ekran okuyucuyla, küçük bir ekranda ya da büyük yazıyla ve kendi dilinde.
accessibility_standard = Planado, Web İçeriği Erişilebilirlik Yönergeleri (WCAG) 2.2'nin AA düzeyini karşılamayı hedefler; Avrupa standardı EN 301 549, Fransız RGAA ve Alman BITV de bu yönergelere dayanır.
accessibility_tested_title = Nasıl test edildi
accessibility_tested = Her sürüm otomatik olarak test edilir: axe-core her sayfayı her durumda (planlama formu boşken ve hatalıyken, onay sayfası, bekleme sayfası açılıştan önce, açılışta ve JavaScript olmadan, giriş sayfası, her işlemden sonra düzenleyicinin sayfası, hata sayfaları) İngilizce, Almanca ve Arapça olarak, telefon ve masaüstü genişliğinde, WCAG 2.0, 2.1 ve 2.2'nin A ve AA düzeyi kurallarına göre denetler. Bir tarayıcı testi, yalnızca klavyeyle bir konferans planlar, daveti kopyalar, konferansı değiştirir ve iptal eder. %200 boyutundaki metin ve 320 piksel genişliğindeki bir pencere, içerik kaybolmadan yeniden yerleşmelidir.
accessibility_pages = Her sayfa JavaScript olmadan çalışır. Geri sayım, ekran okuyucuya yalnızca önemli anlarda seslenir (açılıştan 10, 5 ve 1 dakika önce ve oda açıldığında); sistem hareketin azaltılmasını istediğinde hiçbir şey hareket etmez; kendini yenileyen bekleme sayfası da durdurulabilir.
accessibility_limits_title = Bilinen sınırlamalar
accessibility_limits = Konferansın kendisi, Planado'nun parçası olmayan Jitsi Meet'te gerçekleşir: orada Jitsi Meet'in kendi erişilebilirliği geçerlidir. Otomatik testler birçok engeli bulur, ama hepsini bulamaz; abone olunan bir toplantıyı gösteren takvim programları da Planado'nun dışındadır.
accessibility_report_title = Bir engeli bildirin
accessibility_report_contact = Bu sayfalardaki bir şey onları kullanmanızı engelliyorsa { $contact } adresine yazın. Hangi sayfada ne olduğunu belirtin; size yanıt verilecek ve engel kaldırılacak ya da bir alternatif sunulacaktır.
accessibility_report_operator = Bu sayfalardaki bir şey onları kullanmanızı engelliyorsa bu Planado kurulumunu çalıştıran site işletmecisine bildirin. Hangi sayfada ne olduğunu belirtin.
