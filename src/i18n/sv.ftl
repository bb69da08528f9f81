### Swedish, from en.ftl.
lang_name = Svenska
app_name = Planado
tagline = Boka en videokonferens i förväg. Rummet förblir hemligt tills mötet börjar.
privacy_footer = Planado sparar bara id:n, starttiden, tidszonen och upprepningen – aldrig konferensens namn, aldrig vilka som är inbjudna. Inga kakor, ingen spårning.

index_title = Boka en konferens
field_name = Konferensens namn
field_name_hint = Visas i inbjudan och i konferensen. Planado sparar det inte.
field_date = Datum
field_time = Tid
field_repeat = Upprepning
field_count = Antal möten
field_count_hint = 1 till { $max }, det första medräknat.
tz_assumed = Datum och tid gäller tidszonen { $tz }.
button_book = Boka
now_title = Starta ett rum nu
now_text = Ett nytt hemligt rum, direkt in i konferensen. Ingenting sparas.
button_now = Starta ett rum nu

repeat_none = Upprepas inte
repeat_daily = Varje dag
repeat_weekly = Varje vecka
repeat_biweekly = Varannan vecka
repeat_fourweekly = Var fjärde vecka
repeat_monthly = Varje månad
repeat_weekdays = Varje vardag, måndag till fredag
repeat_monthly_weekday = Varje månad på samma veckodag (t.ex. den andra tisdagen)
repeat_monthly_last_weekday = Varje månad på samma veckodag sist i månaden (t.ex. den sista fredagen)
repeat_monthly_on = Varje månad den { $position ->
        [1] första
        [2] andra
        [3] tredje
        [4] fjärde
        [5] femte
       *[last] sista
    } { $weekday ->
        [1] måndagen
        [2] tisdagen
        [3] onsdagen
        [4] torsdagen
        [5] fredagen
        [6] lördagen
       *[7] söndagen
    }
repeat_summary = { $rule }, { $count ->
        [one] { $count } möte
       *[other] { $count } möten
    }

booked_title = Din konferens är bokad
label_name = Namn
label_start = Start
label_repeat = Upprepas
label_invite = Inbjudningslänk
label_calendar = Kalender
label_admin = Adminlänk
invite_hint = Skicka den här länken till dem du bjuder in. Fram till starten visar den en väntesida; från starten leder den in i rummet.
open_invite = Öppna inbjudningslänken
admin_hint = Behåll adminlänken för dig själv: med den kan du ändra eller ställa in konferensen och gå in i förväg. Den kan inte visas igen.
download_ics = Ladda ner kalenderfilen (.ics)
button_copy = Kopiera inbjudan
button_copied = Kopierad till urklipp
button_mail = Skicka med e-post
invitation_subject = Inbjudan: { $name }
invitation_text =
    Du är inbjuden till videokonferensen ”{ $name }”.
    Start: { $start }
    { $repeat }
    Anslut här: { $invite }
    Lägg till i din kalender: { $ics }

waiting_title = Konferensen har inte börjat än
waiting_starts = Den börjar { $start }.
waiting_opens = Rummet öppnas { $opens }; mötet börjar kl. { $time }.
waiting_local = I din tidszon: { $time }
waiting_local_opens = I din tidszon: rummet öppnas { $opens }, mötet börjar kl. { $time }.
countdown_label = Börjar om
countdown_opens_label = Rummet öppnas om
room_opens_early = Rummet öppnas { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    } före starten.
error_open_early_invalid = Rummet kan öppnas 0 till { $max ->
        [one] { $max } minut
       *[other] { $max } minuter
    } före starten (hela minuter).
field_open_early = Rummet öppnas
open_early_0 = vid starten
open_early_n = { $minutes ->
        [one] { $minutes } minut före
       *[other] { $minutes } minuter före
    }
field_duration = Längd
field_reminder = Påminnelse i kalendern
reminder_0 = ingen
reminder_10 = 10 minuter före
reminder_60 = 1 timme före
reminder_1440 = 1 dag före
length_minutes = { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }
length_hours = { $hours ->
        [one] { $hours } timme
       *[other] { $hours } timmar
    }
length_hours_minutes = { $hours ->
        [one] { $hours } timme
       *[other] { $hours } timmar
    } och { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minuter
    }
label_length = Längd
waiting_length = Mötet pågår i { $length }.
error_duration_invalid = Längden måste vara { $min } till { $max ->
        [one] { $max } minut
       *[other] { $max } minuter
    } (hela minuter).
error_reminder_invalid = Välj en av de föreslagna påminnelserna.
waiting_auto = Låt den här sidan vara öppen: den tar dig in i rummet när mötet börjar.
waiting_nojs = Den här sidan laddas om var 30:e sekund och tar dig in i rummet när mötet börjar.

consent_title = Innan du går in
consent_text = Konferensen hålls på { $jitsi }. Läs integritetspolicyn innan du går in.
consent_link = Integritetspolicy
button_enter = Gå in i rummet

error_title = Det gick inte
back = Tillbaka till bokningsformuläret
notfound_title = Konferensen finns inte
notfound_text = Inbjudan är okänd, eller så är konferensen över. Kontrollera länken eller skriv in inbjudans id:
field_invite_id = Inbjudans id
button_open = Öppna
error_method = Den här adressen tar inte emot den typen av förfrågan.
error_unauthorized = Den här adressen kräver reservationstoken för tjänstens Jitsi-server.
error_reservation_name = Rumsnamnet (name) saknas eller är inget giltigt rumsnamn.
error_reservation_start_time = Starttiden (start_time) saknas eller är inte ett datum och en tid som 2026-12-01T09:00:00.000Z.
reservation_opens = Den här konferensen öppnas { $time } ({ $zone }).
reservation_unknown = Det här rummet är inte bokat på den här servern, eller så har dess tid gått ut.
error_too_large = Förfrågan är för stor.
error_timeout = Förfrågan kom inte fram i tid. Försök igen.
error_uri_too_long = Adressen är för lång.
error_headers_too_large = Förfrågan innehåller för många rubrikfält.
error_protocol = Den här versionen av HTTP stöds inte.
error_field_only_for_update = Fältet { $field } hör bara till en ändring (action=update).
error_field_only_for_occurrence = Fältet { $field } hör bara till att hoppa över, flytta eller återställa ett enskilt tillfälle.
error_media_type = Skicka formuläret som application/x-www-form-urlencoded.
unavailable_title = Tillfälligt otillgänglig
error_unavailable = Databasen går inte att nå just nu. Försök igen om några minuter.
error_internal = Något gick fel i Planado. Den som driver tjänsten hittar detaljerna i serverloggen.
error_encoding = Förfrågan innehåller felaktiga tecken (trasig procentkodning eller text som inte är UTF-8).
error_too_many_params = Förfrågan har för många parametrar.
error_name_missing = Ge konferensen ett namn.
error_name_too_long = Namnet får vara högst { $max ->
        [one] { $max } tecken
       *[other] { $max } tecken
    } långt.
error_name_invalid = Namnet får inte innehålla styrtecken, till exempel radbrytningar.
error_date_missing = Välj ett datum.
error_date_invalid = Datumet måste vara ett riktigt datum, skrivet som YYYY-MM-DD.
error_time_missing = Välj en tid.
error_time_invalid = Tiden måste skrivas som HH:MM, från 00:00 till 23:59.
error_tz_invalid = ”{ $tz }” är ingen känd tidszon.
error_repeat_invalid = Välj en av de föreslagna upprepningarna.
error_repeat_start = Upprepningen passar inte startdatumet: ”varje vardag” måste börja på en vardag (måndag–fredag) och ”samma veckodag sist i månaden” på den sista sådana veckodagen i månaden (t.ex. den sista fredagen).
error_count_invalid = Antalet möten måste vara ett heltal från 1 till { $max }.
error_time_nonexistent = { $time } finns inte i { $tz }, eftersom klockan ställs fram och hoppar över den timmen. Välj en annan tid.
error_start_past = Starttiden har redan passerat. Välj en senare tid.
error_start_far = Konferenser kan bokas högst { $years ->
        [one] { $years } år
       *[other] { $years } år
    } i förväg.
error_id_missing = Inbjudans id saknas.
error_too_many_bookings = För många bokningar från ditt nätverk den senaste timmen. Försök igen senare.
error_cross_site = Formuläret skickades från en annan webbplats och har därför inte behandlats. Gå direkt till Planados egna sidor.
error_action_invalid = Okänd åtgärd.
error_body_incomplete = Förfrågans innehåll tog slut före den angivna längden.

admin_title = Hantera din konferens
label_next = Nästa möte
label_progress = Möten
label_upcoming = Serien från och med nu
label_current = aktuellt
progress_text = möte { $n } av { $count }
enter_title = Gå in nu
enter_text = Som arrangör kan du öppna rummet när som helst, även före starten.
button_enter_now = Gå in i rummet nu
change_title = Ändra datum och tid
change_text = Inbjudningslänken förblir densamma: alla du har bjudit in behåller en giltig länk. En ändrad serie börjar om från det nya datumet.
field_tz = Tidszon
button_save = Spara ändringarna
cancel_title = Ställ in konferensen
cancel_text = Inbjudningslänken slutar fungera för alla. Det går inte att ångra.
button_cancel = Ställ in konferensen…
confirm_title = Ställa in konferensen?
confirm_question = Vill du verkligen ställa in den här konferensen? Inbjudningslänken slutar fungera för alla.
button_cancel_confirm = Ja, ställ in den
button_keep = Nej, behåll den
cancelled_title = Inställd
cancelled_text = Konferensen är inställd. Dess länkar fungerar inte längre.
changed_notice = Dina ändringar har sparats.
calendar_summary_default = Videokonferens
calendar_description = Anslut till videokonferensen: { $invite }
add_to_calendar = Lägg till i kalendern (.ics)

legacy_key_renewed = Den här konferensen har förts över från den tidigare versionen av Planado, där inbjudna kunde räkna ut adminlänkarna. Den gamla adminlänken fungerar inte längre. Spara den nya nedan: det är det enda sättet att ändra eller ställa in konferensen.
label_new_admin = Din nya adminlänk
open_new_admin = Öppna den nya adminlänken
error_changed_meanwhile = Någon ändrade konferensen medan du redigerade den, så dina ändringar sparades inte. Öppna adminlänken igen för att se hur det ser ut nu, och gör sedan dina ändringar en gång till.
error_sequence_invalid = Formuläret är skadat (dess versionsnummer är inget tal). Öppna adminlänken igen.
public_jitsi_organiser = Dina rum ligger på den publika servern meet.jit.si, som öppnar ett rum först när en moderator har anslutit och loggat in där (med ett Google-, GitHub- eller Facebook-konto). Anslut själv först vid starten och logga in när meet.jit.si ber om det; fram till dess ser dina gäster att mötet väntar på värden.
public_jitsi_guest = Den här konferensen hålls på den publika servern meet.jit.si: rummet öppnas när arrangören har anslutit och loggat in. Om meet.jit.si säger att mötet väntar på värden låter du sidan vara öppen; du släpps in när arrangören kommer.

## Rummets dörr (lobby, lösenord, deltagargräns)
door_title = Vem som släpps in
field_lobby = Gäster väntar i lobbyn tills en moderator släpper in dem
field_lobby_hint = En moderator släpper in dem; med rumstoken är det den som går in med din adminlänk.
field_password = Rumslösenord
field_password_hint = Valfritt. Visas bara för dig, om du inte tar med det i inbjudan.
field_max_participants = Max antal deltagare
field_max_participants_hint = Valfritt: högst så här många personer i rummet.
field_password_in_invitation = Ta med lösenordet i inbjudan och kalenderposten
door_needs_jitsi = Lobby, rumslösenord och deltagargräns kräver en Jitsi-server som frågar den här Planado-installationen innan den öppnar ett rum (en så kallad reservationsbackend); det har den här installationen inte.
label_door = Vem som släpps in
door_lobby_on = Gäster väntar i lobbyn tills en moderator släpper in dem.
door_password_private = Rumslösenord: { $password } (inte med i inbjudan: berätta det själv för dina gäster)
door_password_shared = Rumslösenord: { $password } (med i inbjudan)
door_max_on = Högst { $max ->
        [one] { $max } deltagare
       *[other] { $max } deltagare
    }.
door_lobby_guest = Arrangören släpper in dig från lobbyn.
door_password_guest = Rumslösenord: { $password }
error_door_needs_jitsi = Lobby, rumslösenord eller deltagargräns kräver en Jitsi-server som frågar den här Planado-installationen innan den öppnar ett rum; det har den här installationen inte (reservations_api_token är inte satt).
error_flag_invalid = { $field } måste vara true eller false.
error_password_invalid = Rumslösenordet ska ha 1 till { $max ->
        [one] { $max } tecken
       *[other] { $max } tecken
    } och får inte innehålla styrtecken.
error_max_participants_invalid = Max antal deltagare måste vara ett heltal från { $min } till { $max }.

## Kalendrar som följer mötet: prenumerationen och seriens undantag.
subscribe_title = Prenumerera i din kalender
subscribe_text = En prenumererad kalender hämtar mötet igen av sig själv och följer alla ändringar: en ny tid, ett möte som hoppas över eller flyttas, en inställd konferens.
subscribe_or_download = Prenumererar du följer din kalender alla ändringar av mötet; laddar du ner behåller den mötet som det är nu.
subscribe_webcal = Prenumerera (kalenderprogram)
subscribe_google = Prenumerera i Google Kalender
subscribe_outlook = Prenumerera i Outlook på webben
subscribe_address = Kalenderns adress, för att prenumerera manuellt
subscribe_named_text = Med konferensens namn i kalenderposten: kalenderleverantören (Google, Microsoft, din egen server) ser då namnet, eftersom det blir en del av adressen.
subscribe_named_webcal = Prenumerera med namnet (kalenderprogram)
subscribe_named_google = Prenumerera med namnet i Google Kalender
subscribe_named_outlook = Prenumerera med namnet i Outlook på webben
subscribe_name_note = Den prenumererade posten heter ”Videokonferens”: en kalenderserver hämtar flödet själv och ser aldrig namnet i din länk. En flödesadress med namnet (name=…) visar det, men då ser kalenderleverantören namnet.
subscribe_refresh_note = Vissa kalendrar hämtar bara om en gång per dygn, och många tar bort påminnelsen från en prenumererad kalender. Den här sidan visar alltid mötet som det ser ut just nu.
calendar_cancelled = Det här mötet är inställt.
occurrences_text = Hoppa över ett möte (till exempel en helgdag) eller flytta ett; länkarna förblir desamma och prenumererade kalendrar följer med.
label_skipped = överhoppat
label_moved_from = flyttat från { $time }
button_skip = Hoppa över
button_move = Flytta
button_move_save = Flytta det här mötet
button_restore = Återställ
error_feed_invalid = Parametern feed måste vara 1 eller utelämnas.
error_occurrence_missing = Ange vilket tillfälle det gäller (dess starttid, t.ex. 2026-03-19T09:00:00Z).
error_occurrence_invalid = Tillfället ska anges med sin starttid i RFC 3339, t.ex. 2026-03-19T09:00:00Z.
error_occurrence_unknown = Det här mötet har inget tillfälle vid den tiden.
error_exception_one_off = Ett enstaka möte har inga tillfällen att hoppa över eller flytta: ändra datumet i stället.
error_exception_past = Bara ett möte som inte har börjat kan hoppas över eller flyttas, och bara till en tid som ännu inte har passerat.
error_exception_none = Det här tillfället är varken överhoppat eller flyttat.
error_exception_last = Det här är det sista mötet som återstår: ställ in mötet i stället för att hoppa över det.
error_exception_order = Ett flyttat möte måste ligga kvar mellan mötet före och mötet efter, och på en annan tid än båda.
error_exceptions_too_many = Ett möte kan ha högst { $max ->
        [one] { $max } överhoppat eller flyttat tillfälle
       *[other] { $max } överhoppade eller flyttade tillfällen
    }.


## Språk och tillgänglighet
language_menu_label = Språk
skip_link = Hoppa till innehållet
error_summary = Formuläret skickades inte: rätta fältet som är markerat nedan.
waiting_stop_reload = Sluta ladda om sidan
waiting_reload_stopped = Sidan laddas inte längre om av sig själv. Kontrollera igen vid starten, eller öppna inbjudningslänken då.
button_check_again = Kontrollera igen
field_auto_enter = Gå in i rummet automatiskt när det öppnas
waiting_room_open = Rummet är öppet.
countdown_announce = { $minutes ->
        [one] Rummet öppnas om { $minutes } minut.
       *[other] Rummet öppnas om { $minutes } minuter.
    }
countdown_entering = Rummet är öppet: du går in nu.
accessibility_link = Tillgänglighet
accessibility_title = Tillgänglighetsredogörelse
accessibility_intro = Planado vill att alla besökare ska kunna boka en konferens, vänta på den och gå in i den: med bara tangentbordet, med skärmläsare, på en liten skärm eller med stor text, och på sitt eget språk.
accessibility_standard = Planado strävar efter att uppfylla Web Content Accessibility Guidelines (WCAG) 2.2 på nivå AA, som den europeiska standarden EN 301 549, franska RGAA och tyska BITV bygger på.
accessibility_tested_title = Så har det testats
accessibility_tested = Varje version testas automatiskt: axe-core kontrollerar varje sida i varje tillstånd (bokningsformuläret tomt och med fel, bekräftelsen, väntesidan före och vid öppningen och utan JavaScript, ingångssidan, arrangörens sida efter varje åtgärd, felsidorna) på engelska, tyska och arabiska, i en mobils och en datorskärms bredd, mot reglerna i WCAG 2.0, 2.1 och 2.2 för nivå A och AA. Ett webbläsartest bokar, kopierar inbjudan, ändrar och ställer in en konferens med bara tangentbordet. Text förstorad till 200 % och ett fönster som är 320 pixlar brett måste kunna flöda om utan att något går förlorat.
accessibility_pages = Alla sidor fungerar utan JavaScript. Nedräkningen talar till skärmläsaren bara när det spelar roll (10, 5 och 1 minut före öppningen, och när rummet öppnas); ingenting rör sig när systemet ber om minskad rörelse; och väntesidan som laddar om sig själv går att stoppa.
accessibility_limits_title = Kända begränsningar
accessibility_limits = Själva konferensen hålls i Jitsi Meet, som inte är en del av Planado: där gäller Jitsi Meets egen tillgänglighet. Automatiska tester hittar många hinder, men inte alla; kalenderprogrammen som visar ett prenumererat möte ligger också utanför Planado.
accessibility_report_title = Rapportera ett hinder
accessibility_report_contact = Om något på de här sidorna hindrar dig från att använda dem kan du skriva till { $contact }. Berätta vilken sida det gäller och vad som hände; du får svar, och hindret tas bort eller så erbjuds ett alternativ.
accessibility_report_operator = Om något på de här sidorna hindrar dig från att använda dem kan du kontakta den som driver webbplatsen och den här Planado-installationen. Berätta vilken sida det gäller och vad som hände.
