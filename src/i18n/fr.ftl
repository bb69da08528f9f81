### French, from en.ftl.
lang_name = Français
app_name = Planado
tagline = Réservez une visioconférence à l’avance. La salle reste secrète jusqu’au début.
privacy_footer = Planado n’enregistre que des identifiants, l’heure de début, le fuseau horaire et la répétition — jamais le nom de la visioconférence, jamais les personnes invitées. Pas de cookies, pas de pistage.

index_title = Réserver une visioconférence
field_name = Nom de la visioconférence
field_name_hint = Affiché dans l’invitation et dans la visioconférence. Planado ne l’enregistre pas.
field_date = Date
field_time = Heure
field_repeat = Répétition
field_count = Nombre de réunions
field_count_hint = De 1 à { $max }, la première comprise.
tz_assumed = La date et l’heure sont celles du fuseau horaire { $tz }.
button_book = Réserver
now_title = Ouvrir une salle maintenant
now_text = Une nouvelle salle secrète, directement dans la visioconférence. Rien n’est enregistré.
button_now = Ouvrir une salle maintenant

repeat_none = Ne se répète pas
repeat_daily = Tous les jours
repeat_weekly = Toutes les semaines
repeat_biweekly = Toutes les deux semaines
repeat_fourweekly = Toutes les quatre semaines
repeat_monthly = Tous les mois
repeat_weekdays = Tous les jours du lundi au vendredi
repeat_monthly_weekday = Tous les mois, le même jour de la semaine (par exemple le deuxième mardi)
repeat_monthly_last_weekday = Tous les mois, le même jour de la semaine, le dernier du mois (par exemple le dernier vendredi)
repeat_monthly_on = Tous les mois le { $position ->
        [1] premier
        [2] deuxième
        [3] troisième
        [4] quatrième
        [5] cinquième
       *[last] dernier
    } { $weekday ->
        [1] lundi
        [2] mardi
        [3] mercredi
        [4] jeudi
        [5] vendredi
        [6] samedi
       *[7] dimanche
    }
repeat_summary = { $rule }, { $count ->
        [one] { $count } réunion
       *[other] { $count } réunions
    }

booked_title = Votre visioconférence est réservée
label_name = Nom
label_start = Début
label_repeat = Répétition
label_invite = Lien d’invitation
label_calendar = Agenda
label_admin = Lien de gestion
invite_hint = Envoyez ce lien aux personnes que vous invitez. Jusqu’au début, il affiche une page d’attente ; ensuite, il mène directement à la salle.
open_invite = Ouvrir le lien d’invitation
admin_hint = Gardez le lien de gestion pour vous : il permet de modifier ou d’annuler la visioconférence et d’y entrer en avance. Il ne pourra plus être affiché.
download_ics = Télécharger le fichier d’agenda (.ics)
button_copy = Copier l’invitation
button_copied = Copiée dans le presse-papiers
button_mail = Envoyer par e-mail
invitation_subject = Invitation : { $name }
invitation_text =
    Je vous invite à la visioconférence « { $name } ».
    Début : { $start }
    { $repeat }
    Pour participer : { $invite }
    Pour l’ajouter à votre agenda : { $ics }

waiting_title = La visioconférence n’a pas encore commencé
waiting_starts = Elle commence le { $start }.
waiting_opens = La salle ouvre le { $opens } ; la réunion commence à { $time }.
waiting_local = Dans votre fuseau horaire : { $time }
waiting_local_opens = Dans votre fuseau horaire : la salle ouvre le { $opens }, la réunion commence à { $time }.
countdown_label = Début dans
countdown_opens_label = La salle ouvre dans
room_opens_early = La salle ouvre { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } avant le début.
error_open_early_invalid = La salle peut ouvrir de 0 à { $max ->
        [one] { $max } minute
       *[other] { $max } minutes
    } avant le début (en minutes entières).
field_open_early = Ouverture de la salle
open_early_0 = à l’heure de début
open_early_n = { $minutes ->
        [one] { $minutes } minute avant
       *[other] { $minutes } minutes avant
    }
field_duration = Durée
field_reminder = Rappel dans l’agenda
reminder_0 = aucun
reminder_10 = 10 minutes avant
reminder_60 = 1 heure avant
reminder_1440 = 1 jour avant
length_minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
length_hours = { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }
length_hours_minutes = { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
label_length = Durée
waiting_length = Elle dure { $length }.
error_duration_invalid = Une réunion dure de { $min } à { $max ->
        [one] { $max } minute
       *[other] { $max } minutes
    } (en minutes entières).
error_reminder_invalid = Veuillez choisir l’un des rappels proposés.
waiting_auto = Laissez cette page ouverte : elle vous fera entrer dans la salle dès le début.
waiting_nojs = Cette page se recharge toutes les 30 secondes et vous fera entrer dans la salle dès le début.

consent_title = Avant d’entrer
consent_text = La visioconférence a lieu sur { $jitsi }. Veuillez lire la politique de confidentialité avant d’entrer.
consent_link = Politique de confidentialité
button_enter = Entrer dans la salle

error_title = Cela n’a pas fonctionné
back = Retour au formulaire de réservation
notfound_title = Visioconférence introuvable
notfound_text = Cette invitation est inconnue, ou la visioconférence est terminée. Vérifiez le lien, ou saisissez l’identifiant d’invitation :
field_invite_id = Identifiant d’invitation
button_open = Ouvrir
error_method = Cette adresse n’accepte pas ce type de requête.
error_unauthorized = Cette adresse exige le jeton de réservation du serveur Jitsi de l’administrateur du site.
error_reservation_name = Le nom de la salle (name) est absent ou n’est pas un nom de salle valide.
error_reservation_start_time = L’heure de début (start_time) est absente ou n’est pas une date et une heure comme 2026-12-01T09:00:00.000Z.
reservation_opens = Cette visioconférence ouvrira le { $time } ({ $zone }).
reservation_unknown = Cette salle n’est pas réservée sur ce serveur, ou son créneau est passé.
error_too_large = La requête est trop volumineuse.
error_timeout = La requête n’est pas arrivée à temps. Veuillez réessayer.
error_uri_too_long = L’adresse est trop longue.
error_headers_too_large = La requête contient trop d’en-têtes.
error_protocol = Cette version de HTTP n’est pas prise en charge.
error_field_only_for_update = Le champ { $field } ne sert qu’à une modification (action=update).
error_field_only_for_occurrence = Le champ { $field } ne sert qu’à sauter, déplacer ou rétablir une seule réunion d’une série.
error_media_type = Envoyez le formulaire au format application/x-www-form-urlencoded.
unavailable_title = Temporairement indisponible
error_unavailable = La base de données est injoignable pour le moment. Veuillez réessayer dans quelques minutes.
error_internal = Une erreur s’est produite dans Planado. L’administrateur du site en trouvera le détail dans le journal du serveur.
error_encoding = La requête contient des caractères mal formés (encodage pourcent défectueux, ou texte qui n’est pas en UTF-8).
error_too_many_params = La requête contient trop de paramètres.
error_name_missing = Veuillez donner un nom à la visioconférence.
error_name_too_long = Le nom ne peut pas dépasser { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }.
error_name_invalid = Le nom ne peut pas contenir de caractères de contrôle, comme des retours à la ligne.
error_date_missing = Veuillez choisir une date.
error_date_invalid = La date doit être une date qui existe, au format YYYY-MM-DD.
error_time_missing = Veuillez choisir une heure.
error_time_invalid = L’heure doit être au format HH:MM, de 00:00 à 23:59.
error_tz_invalid = « { $tz } » n’est pas un fuseau horaire connu.
error_repeat_invalid = Veuillez choisir l’une des répétitions proposées.
error_repeat_start = Cette répétition ne correspond pas à la date de début : « tous les jours du lundi au vendredi » doit commencer un jour de semaine, du lundi au vendredi, et « le dernier du mois » doit commencer à la dernière occurrence de ce jour de la semaine dans le mois (par exemple le dernier vendredi).
error_count_invalid = Le nombre de réunions doit être un nombre entier de 1 à { $max }.
error_time_nonexistent = { $time } n’existe pas dans le fuseau { $tz } : cette heure est sautée lors du passage à l’heure d’été. Veuillez choisir une autre heure.
error_start_past = Le début est dans le passé. Veuillez choisir une heure plus tardive.
error_start_far = Une visioconférence peut être réservée au plus { $years ->
        [one] { $years } an
       *[other] { $years } ans
    } à l’avance.
error_id_missing = L’identifiant d’invitation est manquant.
error_too_many_bookings = Trop de réservations depuis votre réseau en une heure. Veuillez réessayer plus tard.
error_cross_site = Ce formulaire provient d’un autre site web ; il n’a donc pas été traité. Veuillez utiliser directement les pages de Planado.
error_action_invalid = Action inconnue.
error_body_incomplete = Le corps de la requête s’est terminé avant d’atteindre la longueur annoncée.

admin_title = Gérer votre visioconférence
label_next = Prochaine réunion
label_progress = Réunions
label_upcoming = Les prochaines réunions de la série
label_current = actuelle
progress_text = réunion { $n } sur { $count }
enter_title = Entrer maintenant
enter_text = Comme vous organisez cette visioconférence, vous pouvez ouvrir la salle à tout moment, même avant le début.
button_enter_now = Entrer dans la salle maintenant
change_title = Modifier la date et l’heure
change_text = Le lien d’invitation reste le même : toutes les personnes invitées gardent un lien valide. Une série modifiée recommence à partir de la nouvelle date.
field_tz = Fuseau horaire
button_save = Enregistrer les modifications
cancel_title = Annuler la visioconférence
cancel_text = Le lien d’invitation cessera de fonctionner pour tout le monde. Cette action est irréversible.
button_cancel = Annuler la visioconférence…
confirm_title = Annuler la visioconférence ?
confirm_question = Voulez-vous vraiment annuler cette visioconférence ? Le lien d’invitation cessera de fonctionner pour tout le monde.
button_cancel_confirm = Oui, l’annuler
button_keep = Non, la conserver
cancelled_title = Annulée
cancelled_text = La visioconférence est annulée. Ses liens ne fonctionnent plus.
changed_notice = Vos modifications sont enregistrées.
calendar_summary_default = Visioconférence
calendar_description = Rejoindre la visioconférence : { $invite }
add_to_calendar = Ajouter à l’agenda (.ics)

legacy_key_renewed = Cette visioconférence a été reprise de l’ancienne version de Planado, dont les liens de gestion pouvaient être devinés par les personnes invitées. Son ancien lien de gestion ne fonctionne plus. Conservez le nouveau ci-dessous : c’est le seul moyen de modifier ou d’annuler la visioconférence.
label_new_admin = Votre nouveau lien de gestion
open_new_admin = Ouvrir le nouveau lien de gestion
error_changed_meanwhile = Quelqu’un a modifié cette visioconférence pendant que vous la modifiiez : vos modifications n’ont donc pas été enregistrées. Rouvrez le lien de gestion pour voir l’état actuel, puis refaites vos modifications.
error_sequence_invalid = Le formulaire est endommagé (son numéro de version n’est pas un nombre). Rouvrez le lien de gestion.
public_jitsi_organiser = Vos salles se trouvent sur le serveur public meet.jit.si, qui n’ouvre une salle qu’une fois qu’un modérateur l’a rejointe et s’y est connecté (avec un compte Google, GitHub ou Facebook). Au début, entrez dans la salle en premier et connectez-vous quand meet.jit.si vous le demande ; d’ici là, vos invités verront que la réunion attend l’hôte.
public_jitsi_guest = Cette visioconférence a lieu sur le serveur public meet.jit.si : sa salle ouvre dès que la personne qui l’organise l’a rejointe et s’est connectée. Si meet.jit.si indique que la réunion attend l’hôte, laissez cette page ouverte : vous pourrez entrer dès que l’hôte sera là.

## La porte de la salle (salle d’attente, mot de passe, nombre de participants)
door_title = Qui peut entrer
field_lobby = Les invités patientent dans la salle d’attente jusqu’à ce qu’un modérateur les fasse entrer
field_lobby_hint = C’est un modérateur qui les fait entrer ; avec les jetons de salle, il s’agit de la personne qui entre avec votre lien d’organisateur.
field_password = Mot de passe de la salle
field_password_hint = Facultatif. Visible uniquement par vous, sauf si vous l’ajoutez à l’invitation.
field_max_participants = Nombre maximal de participants
field_max_participants_hint = Facultatif : la salle n’accueillera pas plus de personnes.
field_password_in_invitation = Ajouter le mot de passe à l’invitation et à l’événement d’agenda
door_needs_jitsi = Une salle d’attente, un mot de passe de salle et une limite de participants nécessitent un serveur Jitsi qui consulte ce Planado avant d’ouvrir une salle (son service de réservation) ; cette installation n’en a pas.
label_door = Qui peut entrer
door_lobby_on = Les invités patientent dans la salle d’attente jusqu’à ce qu’un modérateur les fasse entrer.
door_password_private = Mot de passe de la salle : { $password } (absent de l’invitation : communiquez-le vous-même à vos invités)
door_password_shared = Mot de passe de la salle : { $password } (inclus dans l’invitation)
door_max_on = Au maximum { $max ->
        [one] { $max } participant
       *[other] { $max } participants
    }.
door_lobby_guest = La personne qui organise la réunion vous fera entrer depuis la salle d’attente.
door_password_guest = Mot de passe de la salle : { $password }
error_door_needs_jitsi = Une salle d’attente, un mot de passe de salle ou une limite de participants nécessite un serveur Jitsi qui consulte ce Planado avant d’ouvrir une salle ; cette installation n’en a pas (reservations_api_token n’est pas défini).
error_flag_invalid = { $field } doit valoir true ou false.
error_password_invalid = Le mot de passe de la salle doit comporter de 1 à { $max ->
        [one] { $max } caractère
       *[other] { $max } caractères
    }, sans caractère de contrôle.
error_max_participants_invalid = Le nombre maximal de participants doit être un nombre entier de { $min } à { $max }.

## Les agendas qui suivent la réunion : l’abonnement et les exceptions d’une série.
subscribe_title = S’abonner dans votre agenda
subscribe_text = Un agenda abonné revient consulter la réunion de lui-même et suit chaque modification : un nouvel horaire, une réunion sautée ou déplacée, une annulation.
subscribe_or_download = Avec l’abonnement, votre agenda suit chaque modification de la réunion ; avec le téléchargement, il la garde telle qu’elle est maintenant.
subscribe_webcal = S’abonner (application d’agenda)
subscribe_google = S’abonner dans Google Agenda
subscribe_outlook = S’abonner dans Outlook sur le web
subscribe_address = L’adresse de l’agenda, pour s’abonner manuellement
subscribe_named_text = Avec le nom de la visioconférence dans l’événement d’agenda : le fournisseur d’agenda (Google, Microsoft, votre propre serveur) verra le nom, puisqu’il fait alors partie de l’adresse.
subscribe_named_webcal = S’abonner avec le nom (application d’agenda)
subscribe_named_google = S’abonner avec le nom dans Google Agenda
subscribe_named_outlook = S’abonner avec le nom dans Outlook sur le web
subscribe_name_note = L’événement abonné s’appelle « Visioconférence » : un serveur d’agenda récupère lui-même le flux et ne voit jamais le nom contenu dans votre lien. Une adresse de flux avec le nom (name=…) l’affiche, mais le fournisseur d’agenda verra alors le nom.
subscribe_refresh_note = Certains agendas ne se mettent à jour qu’une fois par jour, et beaucoup ignorent le rappel d’un agenda abonné. Cette page affiche toujours la réunion telle qu’elle est.
calendar_cancelled = Cette réunion a été annulée.
occurrences_text = Sautez une réunion (un jour férié, par exemple) ou déplacez-en une ; les liens restent les mêmes et les agendas abonnés suivent.
label_skipped = sautée
label_moved_from = déplacée du { $time }
button_skip = Sauter
button_move = Déplacer
button_move_save = Déplacer cette réunion
button_restore = Rétablir
error_feed_invalid = Le paramètre feed doit valoir 1 ou être omis.
error_occurrence_missing = Veuillez indiquer la réunion concernée (son début, par exemple 2026-03-19T09:00:00Z).
error_occurrence_invalid = La réunion doit être indiquée par son début au format RFC 3339, par exemple 2026-03-19T09:00:00Z.
error_occurrence_unknown = Cette série n’a pas de réunion à cette heure-là.
error_exception_one_off = Une réunion unique n’a pas d’occurrences à sauter ou à déplacer : modifiez plutôt sa date.
error_exception_past = Seule une réunion qui n’a pas encore commencé peut être sautée ou déplacée, et uniquement vers un horaire à venir.
error_exception_none = Cette réunion n’est ni sautée ni déplacée.
error_exception_last = C’est la dernière réunion restante : au lieu de la sauter, annulez la visioconférence.
error_exception_order = Une réunion déplacée doit rester après la précédente et avant la suivante, à un autre horaire que l’une et l’autre.
error_exceptions_too_many = Une série peut compter au plus { $max ->
        [one] { $max } réunion sautée ou déplacée
       *[other] { $max } réunions sautées ou déplacées
    }.


## Langues et accessibilité
language_menu_label = Langue
skip_link = Aller au contenu
error_summary = Le formulaire n’a pas été envoyé : veuillez corriger le champ signalé ci-dessous.
waiting_stop_reload = Arrêter le rechargement de cette page
waiting_reload_stopped = Cette page ne se recharge plus d’elle-même. Revenez vérifier à l’heure de début, ou ouvrez alors le lien d’invitation.
button_check_again = Vérifier à nouveau
field_auto_enter = Entrer automatiquement dans la salle à son ouverture
waiting_room_open = La salle est ouverte.
countdown_announce = { $minutes ->
        [one] La salle ouvre dans { $minutes } minute.
       *[other] La salle ouvre dans { $minutes } minutes.
    }
countdown_entering = La salle est ouverte : entrée en cours.
accessibility_link = Accessibilité
accessibility_title = Déclaration d’accessibilité
accessibility_intro = Planado veut que chacun puisse réserver une visioconférence, l’attendre et y entrer : au clavier seul, avec un lecteur d’écran, sur un petit écran ou en grands caractères, et dans sa propre langue.
accessibility_standard = Planado vise la conformité aux Règles pour l’accessibilité des contenus Web (WCAG) 2.2 au niveau AA, sur lesquelles s’appuient la norme européenne EN 301 549, le RGAA français et la BITV allemande.
accessibility_tested_title = Comment Planado est testé
accessibility_tested = Chaque version est testée automatiquement : axe-core vérifie chaque page dans chacun de ses états (le formulaire de réservation vide et avec des erreurs, la confirmation, la page d’attente avant l’ouverture, à l’ouverture et sans JavaScript, la page d’entrée, la page de l’organisateur après chaque action, les pages d’erreur) en anglais, en allemand et en arabe, à la largeur d’un téléphone et à celle d’un ordinateur, selon les règles WCAG 2.0, 2.1 et 2.2 des niveaux A et AA. Un test dans le navigateur réserve une visioconférence, copie l’invitation, la modifie et l’annule au clavier seul. Avec un texte agrandi à 200 % et dans une fenêtre de 320 pixels de large, le contenu doit se réorganiser sans aucune perte.
accessibility_pages = Chaque page fonctionne sans JavaScript. Le compte à rebours ne s’adresse au lecteur d’écran qu’aux moments importants (10, 5 et 1 minute avant l’ouverture, puis à l’ouverture de la salle) ; rien ne bouge lorsque le système demande de réduire les animations ; et le rechargement automatique de la page d’attente peut être arrêté.
accessibility_limits_title = Limites connues
accessibility_limits = La visioconférence elle-même a lieu dans Jitsi Meet, qui ne fait pas partie de Planado : c’est l’accessibilité de Jitsi Meet qui s’applique alors. Les tests automatiques détectent de nombreux obstacles, mais pas tous ; les applications d’agenda qui affichent une réunion abonnée ne dépendent pas non plus de Planado.
accessibility_report_title = Signaler un obstacle
accessibility_report_contact = Si un élément de ces pages vous empêche de les utiliser, écrivez à { $contact }. Précisez la page et ce qui s’est passé ; vous recevrez une réponse, et l’obstacle sera supprimé ou une solution de remplacement vous sera proposée.
accessibility_report_operator = Si un élément de ces pages vous empêche de les utiliser, prévenez l’administrateur de ce site, qui gère cette instance de Planado. Précisez la page et ce qui s’est passé.
