### Dutch, from en.ftl.
lang_name = Nederlands
app_name = Planado
tagline = Plan een videovergadering van tevoren in. De ruimte blijft geheim tot de vergadering begint.
privacy_footer = Planado bewaart alleen id’s, de starttijd, de tijdzone en de herhaling – nooit de naam van de vergadering, nooit wie er is uitgenodigd. Geen cookies, geen tracking.

index_title = Vergadering inplannen
field_name = Naam van de vergadering
field_name_hint = Staat in de uitnodiging en in de vergadering. Planado bewaart de naam niet.
field_date = Datum
field_time = Tijd
field_repeat = Herhalen
field_count = Aantal bijeenkomsten
field_count_hint = 1 tot en met { $max }, de eerste meegerekend.
tz_assumed = Datum en tijd gelden in de tijdzone { $tz }.
button_book = Inplannen
now_title = Nu een ruimte starten
now_text = Een nieuwe geheime ruimte, meteen de vergadering in. Er wordt niets bewaard.
button_now = Nu een ruimte starten

repeat_none = Wordt niet herhaald
repeat_daily = Dagelijks
repeat_weekly = Wekelijks
repeat_biweekly = Om de twee weken
repeat_fourweekly = Om de vier weken
repeat_monthly = Maandelijks
repeat_weekdays = Elke werkdag, maandag tot en met vrijdag
repeat_monthly_weekday = Maandelijks op dezelfde weekdag (bijvoorbeeld: de tweede dinsdag)
repeat_monthly_last_weekday = Maandelijks op dezelfde weekdag, de laatste van de maand (bijvoorbeeld: de laatste vrijdag)
repeat_monthly_on = Maandelijks op de { $position ->
        [1] eerste
        [2] tweede
        [3] derde
        [4] vierde
        [5] vijfde
       *[last] laatste
    } { $weekday ->
        [1] maandag
        [2] dinsdag
        [3] woensdag
        [4] donderdag
        [5] vrijdag
        [6] zaterdag
       *[7] zondag
    }
repeat_summary = { $rule }, { $count ->
        [one] { $count } bijeenkomst
       *[other] { $count } bijeenkomsten
    }

booked_title = Je vergadering is ingepland
label_name = Naam
label_start = Start
label_repeat = Herhaling
label_invite = Uitnodigingslink
label_calendar = Agenda
label_admin = Beheerlink
invite_hint = Stuur deze link naar de mensen die je uitnodigt. Tot de start toont hij een wachtpagina; vanaf de start leidt hij naar de ruimte.
open_invite = Uitnodigingslink openen
admin_hint = Houd de beheerlink voor jezelf: daarmee kun je de vergadering wijzigen of annuleren en al vóór de start naar binnen. Hij kan niet nog een keer worden getoond.
download_ics = Agendabestand downloaden (.ics)
button_copy = Uitnodiging kopiëren
button_copied = Gekopieerd naar het klembord
button_mail = Per e-mail versturen
invitation_subject = Uitnodiging: { $name }
invitation_text =
    Je bent uitgenodigd voor de videovergadering “{ $name }”.
    Start: { $start }
    { $repeat }
    Deelnemen: { $invite }
    Toevoegen aan je agenda: { $ics }

waiting_title = De vergadering is nog niet begonnen
waiting_starts = De vergadering begint op { $start }.
waiting_opens = De ruimte gaat open op { $opens }; de vergadering begint om { $time }.
waiting_local = In jouw tijdzone: { $time }
waiting_local_opens = In jouw tijdzone: de ruimte gaat open op { $opens }, de vergadering begint om { $time }.
countdown_label = Begint over
countdown_opens_label = De ruimte gaat open over
room_opens_early = De ruimte gaat { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } voor de start open.
error_open_early_invalid = De ruimte kan 0 tot en met { $max ->
        [one] { $max } minuut
       *[other] { $max } minuten
    } voor de start opengaan (hele minuten).
field_open_early = Ruimte gaat open
open_early_0 = bij de start
open_early_n = { $minutes ->
        [one] { $minutes } minuut van tevoren
       *[other] { $minutes } minuten van tevoren
    }
field_duration = Duur
field_reminder = Herinnering in de agenda
reminder_0 = geen
reminder_10 = 10 minuten van tevoren
reminder_60 = 1 uur van tevoren
reminder_1440 = 1 dag van tevoren
length_minutes = { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }
length_hours = { $hours ->
        [one] { $hours } uur
       *[other] { $hours } uur
    }
length_hours_minutes = { $hours ->
        [one] { $hours } uur
       *[other] { $hours } uur
    } en { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    }
label_length = Duur
waiting_length = De vergadering duurt { $length }.
error_duration_invalid = Een bijeenkomst duurt { $min } tot en met { $max ->
        [one] { $max } minuut
       *[other] { $max } minuten
    } (hele minuten).
error_reminder_invalid = Kies een van de aangeboden herinneringen.
waiting_auto = Laat deze pagina openstaan: bij de start brengt ze je vanzelf naar de ruimte.
waiting_nojs = Deze pagina ververst zichzelf elke 30 seconden en brengt je bij de start naar de ruimte.

consent_title = Voordat je naar binnen gaat
consent_text = De vergadering vindt plaats op { $jitsi }. Lees de privacyverklaring voordat je naar binnen gaat.
consent_link = Privacyverklaring
button_enter = Naar de ruimte

error_title = Dat is niet gelukt
back = Terug naar het formulier
notfound_title = Vergadering niet gevonden
notfound_text = Deze uitnodiging is onbekend, of de vergadering is voorbij. Controleer de link of typ de uitnodigingscode:
field_invite_id = Uitnodigingscode
button_open = Openen
error_method = Dit adres accepteert dit soort verzoek niet.
error_unauthorized = Voor dit adres is het reserveringstoken van de Jitsi-server van de beheerder nodig.
error_reservation_name = De naam van de ruimte (name) ontbreekt of is geen geldige ruimtenaam.
error_reservation_start_time = De starttijd (start_time) ontbreekt of is geen datum en tijd zoals 2026-12-01T09:00:00.000Z.
reservation_opens = Deze vergadering gaat open op { $time } ({ $zone }).
reservation_unknown = Deze ruimte is op deze server niet gereserveerd, of de tijd ervan is voorbij.
error_too_large = Het verzoek is te groot.
error_timeout = Het verzoek kwam niet op tijd binnen. Probeer het opnieuw.
error_uri_too_long = Het adres is te lang.
error_headers_too_large = Het verzoek heeft te veel headervelden.
error_protocol = Deze versie van HTTP wordt niet ondersteund.
error_field_only_for_update = Het veld { $field } hoort alleen bij een wijziging (action=update).
error_field_only_for_occurrence = Het veld { $field } hoort alleen bij het overslaan, verplaatsen of herstellen van één bijeenkomst.
error_media_type = Verstuur het formulier als application/x-www-form-urlencoded.
unavailable_title = Tijdelijk niet beschikbaar
error_unavailable = De database is op dit moment niet bereikbaar. Probeer het over een paar minuten opnieuw.
error_internal = Er is iets misgegaan in Planado. De beheerder vindt de details in het serverlogboek.
error_encoding = Het verzoek bevat ongeldige tekens (kapotte procentcodering, of tekst die geen UTF-8 is).
error_too_many_params = Het verzoek heeft te veel parameters.
error_name_missing = Geef de vergadering een naam.
error_name_too_long = De naam mag maximaal { $max ->
        [one] { $max } teken
       *[other] { $max } tekens
    } lang zijn.
error_name_invalid = De naam mag geen stuurtekens zoals regeleinden bevatten.
error_date_missing = Kies een datum.
error_date_invalid = De datum moet een bestaande datum zijn, geschreven als YYYY-MM-DD.
error_time_missing = Kies een tijd.
error_time_invalid = De tijd moet geschreven zijn als HH:MM, van 00:00 tot en met 23:59.
error_tz_invalid = “{ $tz }” is geen bekende tijdzone.
error_repeat_invalid = Kies een van de aangeboden herhalingen.
error_repeat_start = Deze herhaling past niet bij de startdatum: “elke werkdag” moet beginnen op een dag van maandag tot en met vrijdag, “de laatste van de maand” op de laatste zo’n weekdag van de maand (bijvoorbeeld de laatste vrijdag).
error_count_invalid = Het aantal bijeenkomsten moet een heel getal van 1 tot en met { $max } zijn.
error_time_nonexistent = { $time } bestaat niet in { $tz }: de klok slaat dat uur over. Kies een andere tijd.
error_start_past = De start ligt in het verleden. Kies een later tijdstip.
error_start_far = Vergaderingen kunnen maximaal { $years ->
        [one] { $years } jaar
       *[other] { $years } jaar
    } van tevoren worden ingepland.
error_id_missing = De uitnodigingscode ontbreekt.
error_too_many_bookings = Er zijn dit uur te veel vergaderingen ingepland vanaf jouw netwerk. Probeer het later opnieuw.
error_cross_site = Dit formulier kwam van een andere website en is daarom niet verwerkt. Gebruik rechtstreeks de pagina’s van Planado zelf.
error_action_invalid = Onbekende actie.
error_body_incomplete = De inhoud van het verzoek hield op voordat de aangekondigde lengte bereikt was.

admin_title = Je vergadering beheren
label_next = Volgende bijeenkomst
label_progress = Bijeenkomsten
label_upcoming = De reeks vanaf nu
label_current = huidige
progress_text = bijeenkomst { $n } van { $count }
enter_title = Nu naar binnen
enter_text = Als organisator kun je de ruimte op elk moment openen, ook vóór de start.
button_enter_now = Nu naar de ruimte
change_title = Datum en tijd wijzigen
change_text = De uitnodigingslink blijft hetzelfde: iedereen die je hebt uitgenodigd, houdt een geldige link. Een gewijzigde reeks begint opnieuw vanaf de nieuwe datum.
field_tz = Tijdzone
button_save = Wijzigingen opslaan
cancel_title = Vergadering annuleren
cancel_text = De uitnodigingslink werkt dan voor niemand meer. Dit kan niet ongedaan worden gemaakt.
button_cancel = Vergadering annuleren…
confirm_title = Vergadering annuleren?
confirm_question = Wil je deze vergadering echt annuleren? De uitnodigingslink werkt dan voor niemand meer.
button_cancel_confirm = Ja, annuleren
button_keep = Nee, niet annuleren
cancelled_title = Geannuleerd
cancelled_text = De vergadering is geannuleerd. De links ervan werken niet meer.
changed_notice = Je wijzigingen zijn opgeslagen.
calendar_summary_default = Videovergadering
calendar_description = Deelnemen aan de videovergadering: { $invite }
add_to_calendar = Toevoegen aan agenda (.ics)

legacy_key_renewed = Deze vergadering is overgenomen uit de vorige versie van Planado, waarvan genodigden de beheerlinks konden achterhalen. De oude beheerlink werkt niet meer. Bewaar de nieuwe hieronder goed: alleen daarmee kun je de vergadering nog wijzigen of annuleren.
label_new_admin = Je nieuwe beheerlink
open_new_admin = Nieuwe beheerlink openen
error_changed_meanwhile = Iemand heeft deze vergadering gewijzigd terwijl jij ermee bezig was, dus je wijzigingen zijn niet opgeslagen. Open de beheerlink opnieuw om de huidige stand te zien en breng je wijzigingen daarna nog een keer aan.
error_sequence_invalid = Het formulier is beschadigd (het versienummer is geen getal). Open de beheerlink opnieuw.
public_jitsi_organiser = Je ruimtes staan op het openbare meet.jit.si, dat een ruimte pas opent als er een moderator is binnengekomen en zich daar heeft aangemeld (met een Google-, GitHub- of Facebook-account). Ga bij de start als eerste naar binnen en meld je aan als meet.jit.si daarom vraagt; tot die tijd zien je gasten dat er op de organisator wordt gewacht.
public_jitsi_guest = Deze vergadering staat op het openbare meet.jit.si: de ruimte gaat open zodra de organisator binnen is en zich heeft aangemeld. Meldt meet.jit.si dat er op de organisator wordt gewacht, laat die pagina dan openstaan: je wordt binnengelaten zodra de organisator er is.

## De deur van de ruimte (lobby, wachtwoord, maximum aantal deelnemers)
door_title = Wie mag erin
field_lobby = Gasten wachten in de lobby tot een moderator ze binnenlaat
field_lobby_hint = Een moderator laat ze binnen; met ruimtetokens is dat degene die binnenkomt via jouw beheerlink.
field_password = Wachtwoord voor de ruimte
field_password_hint = Optioneel. Alleen jij ziet het, tenzij je het in de uitnodiging zet.
field_max_participants = Maximum aantal deelnemers
field_max_participants_hint = Optioneel: meer mensen dan dit aantal kunnen niet in de ruimte.
field_password_in_invitation = Het wachtwoord in de uitnodiging en de agenda-afspraak zetten
door_needs_jitsi = Voor een lobby, een wachtwoord en een maximum aantal deelnemers is een Jitsi-server nodig die eerst bij deze Planado-installatie navraagt voordat hij een ruimte opent (de reserveringskoppeling); deze installatie heeft zo’n server niet.
label_door = Wie mag erin
door_lobby_on = Gasten wachten in de lobby tot een moderator ze binnenlaat.
door_password_private = Wachtwoord voor de ruimte: { $password } (staat niet in de uitnodiging: geef het zelf aan je gasten)
door_password_shared = Wachtwoord voor de ruimte: { $password } (staat in de uitnodiging)
door_max_on = Maximaal { $max ->
        [one] { $max } deelnemer
       *[other] { $max } deelnemers
    }.
door_lobby_guest = De organisator laat je vanuit de lobby binnen.
door_password_guest = Wachtwoord voor de ruimte: { $password }
error_door_needs_jitsi = Voor een lobby, een wachtwoord of een maximum aantal deelnemers is een Jitsi-server nodig die eerst bij deze Planado-installatie navraagt voordat hij een ruimte opent; deze installatie heeft zo’n server niet (reservations_api_token is niet ingesteld).
error_flag_invalid = { $field } moet true of false zijn.
error_password_invalid = Het wachtwoord voor de ruimte moet 1 tot en met { $max ->
        [one] { $max } teken
       *[other] { $max } tekens
    } lang zijn en mag geen stuurtekens bevatten.
error_max_participants_invalid = Het maximum aantal deelnemers moet een heel getal van { $min } tot en met { $max } zijn.

## Agenda’s die de vergadering volgen: het abonnement en de uitzonderingen in een reeks.
subscribe_title = Abonneren in je agenda
subscribe_text = Een agenda met een abonnement kijkt uit zichzelf opnieuw naar de vergadering en volgt elke wijziging: een nieuwe tijd, een overgeslagen of verplaatste bijeenkomst, een annulering.
subscribe_or_download = Neem je een abonnement, dan volgt je agenda elke wijziging van de vergadering; download je het bestand, dan blijft de vergadering in je agenda staan zoals die nu is.
subscribe_webcal = Abonneren (agenda-app)
subscribe_google = Abonneren in Google Agenda
subscribe_outlook = Abonneren in Outlook op het web
subscribe_address = Het adres van de agenda, om handmatig een abonnement toe te voegen
subscribe_named_text = Met de naam van de vergadering in de agenda-afspraak: de agendaprovider (Google, Microsoft, je eigen server) ziet de naam dan, want die maakt dan deel uit van het adres.
subscribe_named_webcal = Abonneren met de naam (agenda-app)
subscribe_named_google = Abonneren met de naam in Google Agenda
subscribe_named_outlook = Abonneren met de naam in Outlook op het web
subscribe_name_note = De afspraak in het abonnement heet “Videovergadering”: een agendaserver haalt de feed zelf op en ziet de naam in jouw link nooit. Een feedadres met de naam (name=…) toont die wel, maar dan ziet de agendaprovider de naam ook.
subscribe_refresh_note = Sommige agenda’s kijken maar één keer per dag opnieuw, en veel agenda’s laten de herinnering van een agenda met abonnement weg. Deze pagina toont de vergadering altijd zoals die op dit moment is.
calendar_cancelled = Deze bijeenkomst is geannuleerd.
occurrences_text = Sla een bijeenkomst over (bijvoorbeeld op een feestdag) of verplaats er een; de links blijven hetzelfde en agenda’s met een abonnement volgen vanzelf.
label_skipped = overgeslagen
label_moved_from = verplaatst van { $time }
button_skip = Overslaan
button_move = Verplaatsen
button_move_save = Deze bijeenkomst verplaatsen
button_restore = Herstellen
error_feed_invalid = De parameter feed moet 1 zijn of weggelaten worden.
error_occurrence_missing = Geef aan om welke bijeenkomst het gaat (de start ervan, zoals 2026-03-19T09:00:00Z).
error_occurrence_invalid = Geef de bijeenkomst aan met de start in RFC 3339, zoals 2026-03-19T09:00:00Z.
error_occurrence_unknown = Deze reeks heeft op dat tijdstip geen bijeenkomst.
error_exception_one_off = Een eenmalige vergadering heeft geen bijeenkomsten om over te slaan of te verplaatsen: wijzig in plaats daarvan de datum.
error_exception_past = Alleen een bijeenkomst die nog niet begonnen is, kan worden overgeslagen of verplaatst, en alleen naar een tijdstip in de toekomst.
error_exception_none = Deze bijeenkomst is niet overgeslagen en niet verplaatst.
error_exception_last = Dit is de laatste bijeenkomst die nog over is: annuleer de vergadering in plaats van deze bijeenkomst over te slaan.
error_exception_order = Een verplaatste bijeenkomst moet na de vorige en vóór de volgende blijven, en op een ander tijdstip dan allebei.
error_exceptions_too_many = Een reeks kan maximaal { $max ->
        [one] { $max } overgeslagen of verplaatste bijeenkomst
       *[other] { $max } overgeslagen of verplaatste bijeenkomsten
    } hebben.


## Talen en toegankelijkheid
language_menu_label = Taal
skip_link = Naar de inhoud
error_summary = Het formulier is niet verzonden: verbeter het veld dat hieronder is gemarkeerd.
waiting_stop_reload = Automatisch verversen stoppen
waiting_reload_stopped = Deze pagina ververst zichzelf niet meer. Kijk bij de start opnieuw, of open dan de uitnodigingslink.
button_check_again = Opnieuw kijken
field_auto_enter = Automatisch naar binnen gaan zodra de ruimte opengaat
waiting_room_open = De ruimte is open.
countdown_announce = { $minutes ->
        [one] De ruimte gaat over { $minutes } minuut open.
       *[other] De ruimte gaat over { $minutes } minuten open.
    }
countdown_entering = De ruimte is open: je gaat nu naar binnen.
accessibility_link = Toegankelijkheid
accessibility_title = Toegankelijkheidsverklaring
accessibility_intro = Planado wil dat iedere bezoeker een vergadering kan inplannen, erop kan wachten en eraan kan deelnemen: met alleen een toetsenbord, met een schermlezer, op een klein scherm of met grote tekst, en in de eigen taal.
accessibility_standard = Planado streeft ernaar te voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.2 op niveau AA, waarop de Europese norm EN 301 549, het Franse RGAA en de Duitse BITV voortbouwen.
accessibility_tested_title = Hoe er is getest
accessibility_tested = Elke nieuwe versie wordt automatisch getest: axe-core controleert elke pagina in elke toestand (het formulier leeg en met fouten, de bevestiging, de wachtpagina vóór en bij het opengaan en zonder JavaScript, de pagina voor het binnengaan, de beheerpagina na elke actie, de foutpagina’s) in het Engels, Duits en Arabisch, op de breedte van een telefoon en van een desktop, aan de hand van de regels van WCAG 2.0, 2.1 en 2.2 op niveau A en AA. Een browsertest plant een vergadering in, kopieert de uitnodiging, wijzigt en annuleert de vergadering, alles met alleen het toetsenbord. Bij tekst op 200% en in een venster van 320 pixels breed moet de inhoud zich zonder verlies aanpassen.
accessibility_pages = Elke pagina werkt zonder JavaScript. Het aftellen wordt alleen op belangrijke momenten door een schermlezer voorgelezen (10, 5 en 1 minuut voor het opengaan, en wanneer de ruimte opengaat); er beweegt niets als het systeem om minder beweging vraagt; en het automatisch verversen van de wachtpagina kan worden gestopt.
accessibility_limits_title = Bekende beperkingen
accessibility_limits = De vergadering zelf vindt plaats in Jitsi Meet, dat geen deel uitmaakt van Planado: daar geldt de toegankelijkheid van Jitsi Meet zelf. Automatische tests vinden veel barrières, maar niet alle; ook de agenda-apps die een vergadering met abonnement tonen, vallen buiten Planado.
accessibility_report_title = Een barrière melden
accessibility_report_contact = Kun je iets op deze pagina’s niet gebruiken, schrijf dan naar { $contact }. Vermeld om welke pagina het gaat en wat er gebeurde; je krijgt antwoord, en de barrière wordt weggenomen of je krijgt een alternatief aangeboden.
accessibility_report_operator = Kun je iets op deze pagina’s niet gebruiken, laat het dan weten aan de beheerder van deze site, die deze Planado-installatie draait. Vermeld om welke pagina het gaat en wat er gebeurde.
