### Czech, from en.ftl.
lang_name = Čeština
app_name = Planado
tagline = Zarezervujte si videokonferenci předem. Místnost zůstane tajná až do začátku.
privacy_footer = Planado ukládá jen identifikátory, čas začátku, časové pásmo a opakování — nikdy název konference ani to, kdo je pozván. Žádné cookies, žádné sledování.

index_title = Zarezervovat konferenci
field_name = Název konference
field_name_hint = Zobrazí se v pozvánce a v konferenci. Planado ho neukládá.
field_date = Datum
field_time = Čas
field_repeat = Opakování
field_count = Počet schůzek
field_count_hint = 1 až { $max }, včetně té první.
tz_assumed = Datum a čas platí v časovém pásmu { $tz }.
button_book = Zarezervovat
now_title = Otevřít místnost hned
now_text = Nová tajná místnost, do které vstoupíte hned. Nic se neukládá.
button_now = Otevřít místnost hned

repeat_none = Neopakuje se
repeat_daily = Denně
repeat_weekly = Týdně
repeat_biweekly = Každé dva týdny
repeat_fourweekly = Každé čtyři týdny
repeat_monthly = Měsíčně
repeat_weekdays = Každý pracovní den, od pondělí do pátku
repeat_monthly_weekday = Měsíčně ve stejný den v týdnu (např. ve druhé úterý)
repeat_monthly_last_weekday = Měsíčně ve stejný den v týdnu, vždy poslední v měsíci (např. v poslední pátek)
repeat_monthly_on = Měsíčně { $weekday ->
        [1] { $position ->
                [1] v první
                [2] ve druhé
                [3] ve třetí
                [4] ve čtvrté
                [5] v páté
               *[last] v poslední
            } pondělí
        [2] { $position ->
                [1] v první
                [2] ve druhé
                [3] ve třetí
                [4] ve čtvrté
                [5] v páté
               *[last] v poslední
            } úterý
        [3] { $position ->
                [1] v první
                [2] ve druhou
                [3] ve třetí
                [4] ve čtvrtou
                [5] v pátou
               *[last] v poslední
            } středu
        [4] { $position ->
                [1] v první
                [2] ve druhý
                [3] ve třetí
                [4] ve čtvrtý
                [5] v pátý
               *[last] v poslední
            } čtvrtek
        [5] { $position ->
                [1] v první
                [2] ve druhý
                [3] ve třetí
                [4] ve čtvrtý
                [5] v pátý
               *[last] v poslední
            } pátek
        [6] { $position ->
                [1] v první
                [2] ve druhou
                [3] ve třetí
                [4] ve čtvrtou
                [5] v pátou
               *[last] v poslední
            } sobotu
       *[7] { $position ->
                [1] v první
                [2] ve druhou
                [3] ve třetí
                [4] ve čtvrtou
                [5] v pátou
               *[last] v poslední
            } neděli
    }
repeat_summary = { $rule }, { $count ->
        [one] { $count } schůzka
        [few] { $count } schůzky
       *[other] { $count } schůzek
    }

booked_title = Konference je zarezervována
label_name = Název
label_start = Začátek
label_repeat = Opakování
label_invite = Zvací odkaz
label_calendar = Kalendář
label_admin = Odkaz pro správu
invite_hint = Pošlete tento odkaz lidem, které zvete. Do začátku zobrazuje čekací stránku, od začátku vede přímo do místnosti.
open_invite = Otevřít zvací odkaz
admin_hint = Odkaz pro správu si nechte pro sebe: můžete s ním konferenci změnit nebo zrušit a vstoupit do ní dřív. Znovu už ho zobrazit nelze.
download_ics = Stáhnout soubor kalendáře (.ics)
button_copy = Kopírovat pozvánku
button_copied = Zkopírováno do schránky
button_mail = Poslat e-mailem
invitation_subject = Pozvánka: { $name }
invitation_text =
    Zveme vás na videokonferenci „{ $name }“.
    Začátek: { $start }
    { $repeat }
    Připojit se můžete zde: { $invite }
    Přidat do kalendáře: { $ics }

waiting_title = Konference ještě nezačala
waiting_starts = Začátek: { $start }.
waiting_opens = Otevření místnosti: { $opens }; začátek schůzky: { $time }.
waiting_local = Ve vašem časovém pásmu: { $time }
waiting_local_opens = Ve vašem časovém pásmu: otevření místnosti { $opens }, začátek schůzky { $time }.
countdown_label = Začátek za
countdown_opens_label = Místnost se otevře za
room_opens_early = Místnost se otevře { $minutes ->
        [one] { $minutes } minutu
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    } před začátkem.
error_open_early_invalid = Místnost se může otevřít 0 až { $max ->
        [one] { $max } minutu
        [few] { $max } minuty
       *[other] { $max } minut
    } před začátkem (jen celé minuty).
field_open_early = Místnost se otevře
open_early_0 = při zahájení
open_early_n = { $minutes ->
        [one] { $minutes } minutu předem
        [few] { $minutes } minuty předem
       *[other] { $minutes } minut předem
    }
field_duration = Délka
field_reminder = Připomenutí v kalendáři
reminder_0 = žádné
reminder_10 = 10 minut předem
reminder_60 = 1 hodinu předem
reminder_1440 = 1 den předem
length_minutes = { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    }
length_hours = { $hours ->
        [one] { $hours } hodina
        [few] { $hours } hodiny
       *[other] { $hours } hodin
    }
length_hours_minutes = { $hours ->
        [one] { $hours } hodina
        [few] { $hours } hodiny
       *[other] { $hours } hodin
    } { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
       *[other] { $minutes } minut
    }
label_length = Délka
waiting_length = Délka: { $length }.
error_duration_invalid = Schůzka může trvat { $min } až { $max ->
        [one] { $max } minutu
        [few] { $max } minuty
       *[other] { $max } minut
    } (jen celé minuty).
error_reminder_invalid = Vyberte prosím jedno z nabízených připomenutí.
waiting_auto = Nechte tuto stránku otevřenou: při zahájení vás převede do místnosti.
waiting_nojs = Tato stránka se každých 30 sekund sama obnoví a při zahájení vás převede do místnosti.

consent_title = Než vstoupíte
consent_text = Konference probíhá na serveru { $jitsi }. Před vstupem si prosím přečtěte informace o ochraně osobních údajů.
consent_link = Ochrana osobních údajů
button_enter = Vstoupit do místnosti

error_title = To se nepovedlo
back = Zpět na rezervační formulář
notfound_title = Taková konference neexistuje
notfound_text = Tuto pozvánku neznáme, nebo konference už skončila. Zkontrolujte odkaz, nebo zadejte ID pozvánky:
field_invite_id = ID pozvánky
button_open = Otevřít
error_method = Tato adresa tento druh požadavku nepřijímá.
error_unauthorized = Tato adresa vyžaduje rezervační token serveru Jitsi, který patří provozovateli.
error_reservation_name = Název místnosti (name) chybí, nebo to není platný název místnosti.
error_reservation_start_time = Čas začátku (start_time) chybí, nebo to není datum a čas ve tvaru 2026-12-01T09:00:00.000Z.
reservation_opens = Otevření této konference: { $time } ({ $zone }).
reservation_unknown = Tato místnost není na tomto serveru rezervována, nebo už její čas uplynul.
error_too_large = Požadavek je příliš velký.
error_timeout = Požadavek nedorazil včas. Zkuste to prosím znovu.
error_uri_too_long = Adresa je příliš dlouhá.
error_headers_too_large = Požadavek má příliš mnoho polí hlavičky.
error_protocol = Tato verze HTTP není podporována.
error_field_only_for_update = Pole { $field } patří jen ke změně (action=update).
error_field_only_for_occurrence = Pole { $field } patří jen k vynechání, přesunutí nebo obnovení jedné schůzky ze série.
error_media_type = Odešlete formulář jako application/x-www-form-urlencoded.
unavailable_title = Dočasně nedostupné
error_unavailable = Databáze je právě nedostupná. Zkuste to prosím znovu za několik minut.
error_internal = V aplikaci Planado se něco pokazilo. Podrobnosti najde provozovatel v protokolu serveru.
error_encoding = Požadavek obsahuje chybné znaky (poškozené procentové kódování nebo text, který není v UTF-8).
error_too_many_params = Požadavek má příliš mnoho parametrů.
error_name_missing = Zadejte prosím název konference.
error_name_too_long = Název může mít nejvýše { $max ->
        [one] { $max } znak
        [few] { $max } znaky
       *[other] { $max } znaků
    }.
error_name_invalid = Název nesmí obsahovat řídicí znaky, například zalomení řádku.
error_date_missing = Vyberte prosím datum.
error_date_invalid = Zadejte skutečné datum ve tvaru YYYY-MM-DD.
error_time_missing = Vyberte prosím čas.
error_time_invalid = Zadejte čas ve tvaru HH:MM, od 00:00 do 23:59.
error_tz_invalid = „{ $tz }“ není známé časové pásmo.
error_repeat_invalid = Vyberte prosím jedno z nabízených opakování.
error_repeat_start = Toto opakování neodpovídá datu začátku: „každý pracovní den“ musí začínat v pracovní den od pondělí do pátku, „vždy poslední v měsíci“ v poslední takový den v týdnu v daném měsíci (třeba v poslední pátek).
error_count_invalid = Počet schůzek musí být celé číslo od 1 do { $max }.
error_time_nonexistent = { $time } v časovém pásmu { $tz } neexistuje: při změně času se tato hodina přeskakuje. Zvolte prosím jiný čas.
error_start_past = Začátek je v minulosti. Zvolte prosím pozdější čas.
error_start_far = Konference lze rezervovat nejvýše { $years ->
        [one] { $years } rok
        [few] { $years } roky
       *[other] { $years } let
    } předem.
error_id_missing = Chybí ID pozvánky.
error_too_many_bookings = Z vaší sítě přišlo za tuto hodinu příliš mnoho rezervací. Zkuste to prosím později.
error_cross_site = Tento formulář přišel z jiného webu, a proto nebyl zpracován. Používejte prosím přímo stránky aplikace Planado.
error_action_invalid = Neznámá akce.
error_body_incomplete = Tělo požadavku skončilo dřív, než dosáhlo ohlášené délky.

admin_title = Správa konference
label_next = Příští schůzka
label_progress = Schůzky
label_upcoming = Nadcházející schůzky série
label_current = aktuální
progress_text = schůzka { $n } z { $count }
enter_title = Vstoupit hned
enter_text = Jako organizátor můžete místnost otevřít kdykoli, i před začátkem.
button_enter_now = Vstoupit do místnosti hned
change_title = Změnit datum a čas
change_text = Zvací odkaz zůstává stejný: všem pozvaným dál funguje. Změněná série začne znovu od nového data.
field_tz = Časové pásmo
button_save = Uložit změny
cancel_title = Zrušit konferenci
cancel_text = Zvací odkaz přestane fungovat pro všechny. Tuto akci nelze vrátit zpět.
button_cancel = Zrušit konferenci…
confirm_title = Zrušit konferenci?
confirm_question = Opravdu chcete tuto konferenci zrušit? Zvací odkaz přestane fungovat pro všechny.
button_cancel_confirm = Ano, zrušit
button_keep = Ne, ponechat
cancelled_title = Zrušeno
cancelled_text = Konference je zrušena. Její odkazy už nefungují.
changed_notice = Změny jsou uloženy.
calendar_summary_default = Videokonference
calendar_description = Připojte se k videokonferenci: { $invite }
add_to_calendar = Přidat do kalendáře (.ics)

legacy_key_renewed = Tato konference byla převzata z předchozí verze aplikace Planado, v níž mohli pozvaní odkazy pro správu odhadnout. Její starý odkaz pro správu už nefunguje. Uschovejte si nový odkaz níže: jen s ním můžete konferenci změnit nebo zrušit.
label_new_admin = Váš nový odkaz pro správu
open_new_admin = Otevřít nový odkaz pro správu
error_changed_meanwhile = Během vašich úprav tuto konferenci změnil někdo jiný, proto se vaše změny neuložily. Otevřete znovu odkaz pro správu, podívejte se na aktuální stav a změny pak proveďte ještě jednou.
error_sequence_invalid = Formulář je poškozený (jeho číslo verze není číslo). Otevřete znovu odkaz pro správu.
public_jitsi_organiser = Vaše místnosti jsou na veřejném serveru meet.jit.si, který místnost otevře, až když se do ní připojí moderátor a přihlásí se tam (účtem Google, GitHub nebo Facebook). Při zahájení se připojte jako první a přihlaste se, až vás o to meet.jit.si požádá; do té doby hosté vidí, že schůzka čeká na hostitele.
public_jitsi_guest = Tato konference probíhá na veřejném serveru meet.jit.si: její místnost se otevře, jakmile se organizátor připojí a přihlásí. Pokud meet.jit.si hlásí, že čeká na hostitele, nechte stránku otevřenou; jakmile organizátor dorazí, sama vás pustí dovnitř.

## Vstup do místnosti (čekárna, heslo, limit účastníků)
door_title = Kdo se dostane dovnitř
field_lobby = Hosté čekají v čekárně, dokud je moderátor nepustí dovnitř
field_lobby_hint = Pouští je moderátor; s tokeny místnosti je jím každý, kdo vstoupí přes váš odkaz pro správu.
field_password = Heslo místnosti
field_password_hint = Nepovinné. Uvidíte ho jen vy, pokud ho nevložíte do pozvánky.
field_max_participants = Maximální počet účastníků
field_max_participants_hint = Nepovinné: víc lidí do místnosti nevstoupí.
field_password_in_invitation = Uvést heslo v pozvánce a v události v kalendáři
door_needs_jitsi = Čekárna, heslo místnosti a limit účastníků vyžadují server Jitsi, který se před otevřením místnosti ptá této instalace aplikace Planado (jako svého rezervačního backendu); tady takový server není.
label_door = Kdo se dostane dovnitř
door_lobby_on = Hosté čekají v čekárně, dokud je moderátor nepustí dovnitř.
door_password_private = Heslo místnosti: { $password } (není v pozvánce: sdělte ho hostům sami)
door_password_shared = Heslo místnosti: { $password } (je uvedeno v pozvánce)
door_max_on = Nejvýše { $max ->
        [one] { $max } účastník
        [few] { $max } účastníci
       *[other] { $max } účastníků
    }.
door_lobby_guest = Organizátor vás pustí z čekárny dovnitř.
door_password_guest = Heslo místnosti: { $password }
error_door_needs_jitsi = Čekárna, heslo místnosti nebo limit účastníků vyžadují server Jitsi, který se před otevřením místnosti ptá této instalace aplikace Planado; tady takový server není (reservations_api_token není nastaven).
error_flag_invalid = Pole { $field } musí mít hodnotu true, nebo false.
error_password_invalid = Heslo místnosti musí mít 1 až { $max ->
        [one] { $max } znak
        [few] { $max } znaky
       *[other] { $max } znaků
    } a nesmí obsahovat řídicí znaky.
error_max_participants_invalid = Maximální počet účastníků musí být celé číslo od { $min } do { $max }.

## Kalendáře, které sledují schůzku: odběr a výjimky v sérii.
subscribe_title = Přihlásit k odběru v kalendáři
subscribe_text = Odebíraný kalendář si schůzku sám znovu načítá a promítne do sebe každou změnu: nový čas, vynechanou nebo přesunutou schůzku, zrušení.
subscribe_or_download = Když se přihlásíte k odběru, kalendář bude sledovat každou změnu schůzky; když soubor stáhnete, zůstane v něm schůzka taková, jaká je teď.
subscribe_webcal = Přihlásit k odběru (kalendářová aplikace)
subscribe_google = Přihlásit k odběru v Kalendáři Google
subscribe_outlook = Přihlásit k odběru v Outlooku na webu
subscribe_address = Adresa kalendáře pro ruční přihlášení k odběru
subscribe_named_text = S názvem konference v události kalendáře: poskytovatel kalendáře (Google, Microsoft, váš vlastní server) název uvidí, protože bude součástí adresy.
subscribe_named_webcal = Přihlásit k odběru s názvem (kalendářová aplikace)
subscribe_named_google = Přihlásit k odběru s názvem v Kalendáři Google
subscribe_named_outlook = Přihlásit k odběru s názvem v Outlooku na webu
subscribe_name_note = Odebíraná událost se jmenuje „Videokonference“: kalendářový server si kanál stahuje sám a název z vašeho odkazu nikdy nevidí. Adresa kanálu s názvem (name=…) ho zobrazí, ale pak název uvidí i poskytovatel kalendáře.
subscribe_refresh_note = Některé kalendáře se aktualizují jen jednou denně a mnohé u odebíraných kalendářů vynechávají připomenutí. Tato stránka vždy ukazuje aktuální stav schůzky.
calendar_cancelled = Tato schůzka byla zrušena.
occurrences_text = Schůzku můžete vynechat (třeba o svátku) nebo přesunout; odkazy zůstanou stejné a odebírané kalendáře změnu převezmou.
label_skipped = vynechaná
label_moved_from = přesunutá (původně: { $time })
button_skip = Vynechat
button_move = Přesunout
button_move_save = Přesunout tuto schůzku
button_restore = Obnovit
error_feed_invalid = Parametr feed musí mít hodnotu 1, nebo musí chybět.
error_occurrence_missing = Uveďte prosím, o kterou schůzku ze série jde (její začátek, např. 2026-03-19T09:00:00Z).
error_occurrence_invalid = Schůzku ze série je třeba uvést jejím začátkem ve formátu RFC 3339, např. 2026-03-19T09:00:00Z.
error_occurrence_unknown = V této sérii není v tomto čase žádná schůzka.
error_exception_one_off = Jednorázová schůzka nemá žádné termíny, které by šlo vynechat nebo přesunout: změňte raději její datum.
error_exception_past = Vynechat nebo přesunout lze jen schůzku, která ještě nezačala, a jen na čas, který teprve přijde.
error_exception_none = Tato schůzka není vynechaná ani přesunutá.
error_exception_last = Toto je poslední zbývající schůzka: místo vynechání raději zrušte celou konferenci.
error_exception_order = Přesunutá schůzka musí zůstat za předchozí a před následující schůzkou, a to v jiném čase než obě.
error_exceptions_too_many = V jedné sérii lze vynechat nebo přesunout nejvýše { $max ->
        [one] { $max } schůzku
        [few] { $max } schůzky
       *[other] { $max } schůzek
    }.


## Jazyky a přístupnost
language_menu_label = Jazyk
skip_link = Přejít na obsah
error_summary = Formulář nebyl odeslán: opravte prosím pole označené níže.
waiting_stop_reload = Zastavit obnovování stránky
waiting_reload_stopped = Tato stránka se už sama neobnovuje. Podívejte se znovu při zahájení, nebo pak otevřete zvací odkaz.
button_check_again = Zkontrolovat znovu
field_auto_enter = Vstoupit do místnosti automaticky, jakmile se otevře
waiting_room_open = Místnost je otevřená.
countdown_announce = { $minutes ->
        [one] Místnost se otevře za { $minutes } minutu.
        [few] Místnost se otevře za { $minutes } minuty.
       *[other] Místnost se otevře za { $minutes } minut.
    }
countdown_entering = Místnost je otevřená: probíhá vstup.
accessibility_link = Přístupnost
accessibility_title = Prohlášení o přístupnosti
accessibility_intro = Planado chce, aby si každý návštěvník mohl konferenci zarezervovat, počkat na ni a vstoupit do ní: jen s klávesnicí, se čtečkou obrazovky, na malém displeji nebo se zvětšeným písmem, a to ve svém vlastním jazyce.
accessibility_standard = Planado se snaží splňovat pravidla Web Content Accessibility Guidelines (WCAG) 2.2 na úrovni AA, na nichž stojí evropská norma EN 301 549, francouzská RGAA i německá BITV.
accessibility_tested_title = Jak jsme testovali
accessibility_tested = Každé vydání se testuje automaticky: axe-core kontroluje každou stránku v každém stavu (prázdný rezervační formulář i formulář s chybami, potvrzení, čekací stránku před otevřením, při otevření i bez JavaScriptu, vstupní stránku, stránku organizátora po každé akci, chybové stránky) v angličtině, němčině a arabštině, v šířce telefonu i stolního počítače, podle pravidel WCAG 2.0, 2.1 a 2.2 pro úrovně A a AA. Test v prohlížeči ovládaný jen klávesnicí zarezervuje konferenci, zkopíruje pozvánku a konferenci změní a zruší. Text zvětšený na 200 % a okno široké 320 pixelů se musí přeskládat beze ztráty obsahu.
accessibility_pages = Každá stránka funguje bez JavaScriptu. Odpočet se čtečce obrazovky ozve jen v podstatných chvílích (10, 5 a 1 minutu před otevřením a při otevření místnosti); když systém požaduje omezení pohybu, nic se nehýbe; a automatické obnovování čekací stránky lze zastavit.
accessibility_limits_title = Známá omezení
accessibility_limits = Samotná konference probíhá v Jitsi Meet, které není součástí aplikace Planado: tam platí přístupnost samotného Jitsi Meet. Automatické testy najdou mnoho bariér, ale ne všechny; kalendářové aplikace, které odebíranou schůzku zobrazují, jsou také mimo Planado.
accessibility_report_title = Nahlásit bariéru
accessibility_report_contact = Pokud vám něco na těchto stránkách brání v jejich používání, napište nám: { $contact }. Uveďte, o kterou stránku jde a co se stalo; dostanete odpověď a bariéru odstraníme, nebo vám nabídneme jiné řešení.
accessibility_report_operator = Pokud vám něco na těchto stránkách brání v jejich používání, dejte vědět provozovateli tohoto webu, který tuto instalaci aplikace Planado spravuje. Uveďte, o kterou stránku jde a co se stalo.
