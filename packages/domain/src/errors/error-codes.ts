import type { Bilingual } from "../i18n/locale.ts";

interface ErrorDefinition {
  status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 500 | 503;
  message: Bilingual;
}

/**
 * The closed table of error codes. The code is the stable contract for API clients;
 * the messages are what a person reads, in the request's language.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: {
    status: 400,
    message: { fr: "Certaines valeurs sont invalides.", en: "Some values are invalid." },
  },
  INVALID_JSON: {
    status: 400,
    message: {
      fr: "Le corps de la requête n'est pas du JSON valide.",
      en: "The request body is not valid JSON.",
    },
  },
  UNAUTHENTICATED: {
    status: 401,
    message: { fr: "Connectez-vous pour continuer.", en: "Sign in to continue." },
  },
  INVALID_CREDENTIALS: {
    status: 401,
    message: { fr: "Adresse e-mail ou mot de passe incorrect.", en: "Incorrect email address or password." },
  },
  FORBIDDEN: {
    status: 403,
    message: {
      fr: "Votre rôle dans cette organisation ne permet pas cette action.",
      en: "Your role in this organisation does not allow this action.",
    },
  },
  CSRF_REJECTED: {
    status: 403,
    message: {
      fr: "Requête refusée : elle ne provient pas de l'application Ricochet.",
      en: "Request refused: it does not come from the Ricochet application.",
    },
  },
  ROLE_ESCALATION: {
    status: 403,
    message: {
      fr: "Seul un propriétaire peut attribuer ou retirer le rôle de propriétaire.",
      en: "Only an owner can grant or withdraw the owner role.",
    },
  },
  NOT_FOUND: {
    status: 404,
    message: { fr: "Ressource introuvable.", en: "Resource not found." },
  },
  ORGANISATION_NOT_FOUND: {
    status: 404,
    message: {
      fr: "Organisation introuvable, ou vous n'en êtes pas membre.",
      en: "Organisation not found, or you are not a member of it.",
    },
  },
  MEMBER_NOT_FOUND: {
    status: 404,
    message: {
      fr: "Ce membre n'existe pas dans cette organisation.",
      en: "This member does not exist in this organisation.",
    },
  },
  INVITATION_NOT_FOUND: {
    status: 404,
    message: { fr: "Cette invitation n'existe pas.", en: "This invitation does not exist." },
  },
  JOIN_REQUEST_NOT_FOUND: {
    status: 404,
    message: { fr: "Cette demande d'adhésion n'existe pas.", en: "This membership request does not exist." },
  },
  ACCOMPANIMENT_NOT_FOUND: {
    status: 404,
    message: { fr: "Cet accompagnement n'existe pas.", en: "This accompaniment does not exist." },
  },
  NOT_A_SUPPORT_ORGANISATION: {
    status: 409,
    message: {
      fr: "« {organisation} » n'est pas une structure d'accompagnement.",
      en: "“{organisation}” is not a support organisation.",
    },
  },
  ACCOMPANIMENT_EXISTS: {
    status: 409,
    message: {
      fr: "Une demande ou un accompagnement est déjà en cours avec « {support} ».",
      en: "A request or an accompaniment is already open with “{support}”.",
    },
  },
  ACCOMPANIMENT_NOT_OPEN: {
    status: 409,
    message: {
      fr: "Cet accompagnement n'est plus en cours ({status}).",
      en: "This accompaniment is no longer open ({status}).",
    },
  },
  USER_NOT_FOUND: {
    status: 404,
    message: {
      fr: "Aucun compte n'existe avec l'adresse {email}.",
      en: "No account exists with the address {email}.",
    },
  },
  EMAIL_TAKEN: {
    status: 409,
    message: {
      fr: "Un compte existe déjà avec cette adresse e-mail.",
      en: "An account already exists with this email address.",
    },
  },
  SLUG_TAKEN: {
    status: 409,
    message: {
      fr: "L'identifiant « {slug} » est déjà utilisé par une autre organisation.",
      en: "The identifier “{slug}” is already used by another organisation.",
    },
  },
  ALREADY_MEMBER: {
    status: 409,
    message: {
      fr: "Vous êtes déjà membre de {organisation}.",
      en: "You are already a member of {organisation}.",
    },
  },
  LAST_OWNER: {
    status: 409,
    message: {
      fr: "Une organisation doit garder au moins un propriétaire : nommez d'abord un autre propriétaire.",
      en: "An organisation must keep at least one owner: make someone else owner first.",
    },
  },
  TREE_CYCLE: {
    status: 409,
    message: {
      fr: "Impossible : « {parent} » fait partie de la descendance de « {organisation} », cela créerait une boucle.",
      en: "Not possible: “{parent}” is a descendant of “{organisation}”, this would create a loop.",
    },
  },
  TREE_KIND_MISMATCH: {
    status: 409,
    message: {
      fr: "Une organisation de type « {childKind} » ne peut pas être rattachée à une organisation de type « {parentKind} ».",
      en: "An organisation of kind “{childKind}” cannot be placed under an organisation of kind “{parentKind}”.",
    },
  },
  INVITATION_EXPIRED: {
    status: 410,
    message: {
      fr: "Cette invitation a expiré le {expiredOn}. Demandez-en une nouvelle.",
      en: "This invitation expired on {expiredOn}. Ask for a new one.",
    },
  },
  INVITATION_REVOKED: {
    status: 410,
    message: { fr: "Cette invitation a été annulée.", en: "This invitation has been cancelled." },
  },
  INVITATION_ALREADY_USED: {
    status: 409,
    message: { fr: "Cette invitation a déjà été utilisée.", en: "This invitation has already been used." },
  },
  INVITATION_WRONG_EMAIL: {
    status: 403,
    message: {
      fr: "Cette invitation est réservée à l'adresse {email}.",
      en: "This invitation is reserved for the address {email}.",
    },
  },
  JOIN_REQUEST_ALREADY_DECIDED: {
    status: 409,
    message: { fr: "Cette demande a déjà été traitée.", en: "This request has already been decided." },
  },
  JOIN_REQUEST_PENDING: {
    status: 409,
    message: {
      fr: "Une demande d'adhésion est déjà en attente pour cette organisation.",
      en: "A membership request is already pending for this organisation.",
    },
  },
  WEAK_PASSWORD: {
    status: 400,
    message: {
      fr: "Mot de passe trop faible : {reasons}.",
      en: "Password too weak: {reasons}.",
    },
  },
  BACKUP_CORRUPT: {
    status: 422,
    message: {
      fr: "Sauvegarde illisible ou altérée : {reason}. Rien n'a été restauré.",
      en: "Backup unreadable or altered: {reason}. Nothing was restored.",
    },
  },
  BACKUP_TARGET_NOT_EMPTY: {
    status: 409,
    message: {
      fr: "La base de destination contient déjà des données ({table}). Restaurez dans une base vide.",
      en: "The target database already holds data ({table}). Restore into an empty database.",
    },
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    message: {
      fr: "Cette clé d'idempotence a déjà servi pour une autre requête. Utilisez une nouvelle clé.",
      en: "This idempotency key was already used for a different request. Use a new key.",
    },
  },
  IDEMPOTENCY_IN_PROGRESS: {
    status: 409,
    message: {
      fr: "La même requête est encore en cours de traitement. Réessayez dans un instant.",
      en: "The same request is still being processed. Try again in a moment.",
    },
  },
  IDEMPOTENCY_REPLAY_UNAVAILABLE: {
    status: 409,
    message: {
      fr: "Cette requête a déjà été traitée ; sa réponse contenait un secret à usage unique qui n'est pas conservé.",
      en: "This request was already processed; its answer held a one-time secret that is not kept.",
    },
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    message: {
      fr: "Requête trop volumineuse (maximum {limit}).",
      en: "Request too large (maximum {limit}).",
    },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: { fr: "Le corps doit être envoyé en JSON.", en: "The body must be sent as JSON." },
  },
  RATE_LIMITED: {
    status: 429,
    message: {
      fr: "Trop de tentatives. Réessayez dans {retryAfter} secondes.",
      en: "Too many attempts. Try again in {retryAfter} seconds.",
    },
  },
  EVALUATION_NOT_FOUND: {
    status: 404,
    message: {
      fr: "Évaluation introuvable dans cette organisation.",
      en: "Evaluation not found in this organisation.",
    },
  },
  EVALUATION_ITEM_NOT_FOUND: {
    status: 404,
    message: {
      fr: "Élément introuvable dans cette évaluation ({item}).",
      en: "Item not found in this evaluation ({item}).",
    },
  },
  UNKNOWN_CHECKLIST_ITEM: {
    status: 400,
    message: {
      fr: "« {key} » ne fait pas partie de la liste de contrôle de l'étape « {step} ».",
      en: "“{key}” is not an item of the checklist of step “{step}”.",
    },
  },
  QUESTION_IN_USE: {
    status: 409,
    message: {
      fr: "La question « {question} » porte des critères du référentiel : retirez-les d'abord, ou gardez la question.",
      en: "The question “{question}” carries criteria of the framework: remove them first, or keep the question.",
    },
  },
  NAME_TAKEN: {
    status: 409,
    message: {
      fr: "« {name} » existe déjà dans cette évaluation.",
      en: "“{name}” already exists in this evaluation.",
    },
  },
  STALE_REVISION: {
    status: 409,
    message: {
      fr: "Quelqu'un a modifié ce contenu entre-temps (version {current}). Rechargez pour voir ses changements.",
      en: "Someone changed this content in the meantime (revision {current}). Reload to see their changes.",
    },
  },
  INDICATOR_NOT_FOUND: {
    status: 404,
    message: {
      fr: "Indicateur introuvable dans la bibliothèque de cette organisation.",
      en: "Indicator not found in this organisation's library.",
    },
  },
  INDICATOR_CODE_TAKEN: {
    status: 409,
    message: {
      fr: "Le code « {code} » est déjà utilisé par un indicateur visible ici ({owner}). Choisissez un autre code.",
      en: "The code “{code}” is already used by an indicator visible here ({owner}). Choose another code.",
    },
  },
  INDICATOR_READ_ONLY: {
    status: 403,
    message: {
      fr: "L'indicateur « {code} » appartient à {owner} : vous pouvez l'utiliser ou le copier, pas le modifier.",
      en: "The indicator “{code}” belongs to {owner}: you may use or copy it, not change it.",
    },
  },
  INDICATOR_IN_USE: {
    status: 409,
    message: {
      fr: "L'indicateur « {code} » est utilisé par {count} évaluation(s) : retirez-le de leur référentiel avant de le supprimer.",
      en: "The indicator “{code}” is used by {count} evaluation(s): remove it from their frameworks before deleting it.",
    },
  },
  IMPORT_INVALID: {
    status: 422,
    message: {
      fr: "Le fichier contient {count} erreur(s) : rien n'a été importé. Corrigez les lignes signalées puis réessayez.",
      en: "The file has {count} error(s): nothing was imported. Fix the rows listed and try again.",
    },
  },
  TOC_GRAPH_INVALID: {
    status: 400,
    message: {
      fr: "La théorie du changement contient {count} erreur(s) : rien n'a été enregistré.",
      en: "The theory of change has {count} error(s): nothing was saved.",
    },
  },
  TOC_TEMPLATE_NOT_FOUND: {
    status: 404,
    message: {
      fr: "Modèle de théorie du changement inconnu : « {key} ».",
      en: "Unknown theory-of-change template: “{key}”.",
    },
  },
  TOC_NOT_EMPTY: {
    status: 409,
    message: {
      fr: "La théorie du changement contient déjà {count} élément(s). Confirmez pour la remplacer par le modèle (enregistrez d'abord une version pour la garder).",
      en: "The theory of change already holds {count} item(s). Confirm to replace it with the template (save a version first to keep it).",
    },
  },
  TOC_UNKNOWN_STAKEHOLDER: {
    status: 400,
    message: {
      fr: "Le nœud « {node} » est relié à une partie prenante qui n'existe pas dans cette évaluation.",
      en: "The node “{node}” is linked to a stakeholder that does not exist in this evaluation.",
    },
  },
  FRAMEWORK_INDICATOR_EXISTS: {
    status: 409,
    message: {
      fr: "L'indicateur « {code} » fait déjà partie du référentiel de cette évaluation : modifiez-le plutôt que de l'ajouter une seconde fois.",
      en: "The indicator “{code}” is already in this evaluation's framework: edit it rather than adding it a second time.",
    },
  },
  TOC_NODE_NOT_OUTCOME: {
    status: 400,
    message: {
      fr: "« {node} » n'est ni un effet ni un impact dans la théorie du changement de cette évaluation : un indicateur du référentiel ne peut mesurer qu'un effet (court, moyen ou long terme) ou un impact.",
      en: "“{node}” is not an outcome or an impact in this evaluation's theory of change: a framework indicator can only measure an outcome (short, medium or long term) or an impact.",
    },
  },
  FRAMEWORK_INDICATOR_UP_TO_DATE: {
    status: 409,
    message: {
      fr: "L'indicateur « {code} » utilise déjà la dernière version de sa définition (version {version}).",
      en: "The indicator “{code}” already uses the latest version of its definition (version {version}).",
    },
  },
  CIDS_INVALID: {
    status: 422,
    message: {
      fr: "Le fichier CIDS contient {count} erreur(s) : rien n'a été importé. Corrigez les points signalés puis réessayez.",
      en: "The CIDS file has {count} error(s): nothing was imported. Fix the points listed and try again.",
    },
  },
  NETWORK_FRAMEWORK_NOT_FOUND: {
    status: 404,
    message: {
      fr: "Référentiel de réseau introuvable.",
      en: "Network framework not found.",
    },
  },
  NETWORK_FRAMEWORK_NOT_PUBLISHER: {
    status: 403,
    message: {
      fr: "« {organisation} » est de type « {kind} » : seuls un réseau ou une délégation régionale publient un référentiel pour leurs membres.",
      en: "“{organisation}” is of kind “{kind}”: only a network or a regional body publishes a framework for its members.",
    },
  },
  NETWORK_FRAMEWORK_EMPTY: {
    status: 400,
    message: {
      fr: "Aucun indicateur de ce référentiel n'est rattaché à un critère : il n'y a rien à publier.",
      en: "No indicator of this framework is placed under a criterion: there is nothing to publish.",
    },
  },
  NETWORK_FRAMEWORK_PRIVATE_INDICATOR: {
    status: 400,
    message: {
      fr: "L'indicateur « {code} » est privé : les membres du réseau ne le voient pas. Partagez-le avec le réseau ou retirez-le du référentiel, puis publiez à nouveau. Rien n'a été publié.",
      en: "The indicator “{code}” is private: the network's members cannot see it. Share it with the network or take it out of the framework, then publish again. Nothing was published.",
    },
  },
  NETWORK_FRAMEWORK_UNCHANGED: {
    status: 409,
    message: {
      fr: "Le référentiel « {name} » n'a pas changé depuis sa version {version} : rien n'a été publié.",
      en: "The framework “{name}” has not changed since its version {version}: nothing was published.",
    },
  },
  NETWORK_FRAMEWORK_NOT_MEMBER: {
    status: 403,
    message: {
      fr: "« {organisation} » n'est pas membre de « {network} » : seuls les membres de ce réseau peuvent adopter son référentiel. Rien n'a été modifié.",
      en: "“{organisation}” is not a member of “{network}”: only that network's members may adopt its framework. Nothing was changed.",
    },
  },
  NETWORK_FRAMEWORK_INDICATOR_CONFLICT: {
    status: 409,
    message: {
      fr: "L'indicateur « {code} » suit déjà le référentiel « {framework} » dans cette évaluation : un indicateur ne peut pas suivre deux référentiels de réseau. Rien n'a été modifié.",
      en: "The indicator “{code}” already follows the framework “{framework}” in this evaluation: an indicator cannot follow two network frameworks. Nothing was changed.",
    },
  },
  NETWORK_FRAMEWORK_INDICATOR_UNAVAILABLE: {
    status: 409,
    message: {
      fr: "L'indicateur « {code} » du référentiel n'est plus partagé avec votre organisation : demandez à « {network} » d'en publier une nouvelle version. Rien n'a été modifié.",
      en: "The framework's indicator “{code}” is no longer shared with your organisation: ask “{network}” to publish a new version. Nothing was changed.",
    },
  },
  NETWORK_ITEM_LOCKED: {
    status: 409,
    message: {
      fr: "« {item} » vient du référentiel « {framework} » de « {network} » : il est identique chez tous les membres pour que les résultats restent comparables, vous ne pouvez donc pas {action}. Vous pouvez en revanche ajouter vos propres critères et indicateurs, et renseigner situation de départ et cible.",
      en: "“{item}” comes from the framework “{framework}” of “{network}”: it is the same for every member so that results stay comparable, so you cannot {action}. You can still add your own criteria and indicators, and set baselines and targets.",
    },
  },
  QUESTIONNAIRE_NOT_FOUND: {
    status: 404,
    message: {
      fr: "Questionnaire introuvable dans cette évaluation.",
      en: "Questionnaire not found in this evaluation.",
    },
  },
  QUESTIONNAIRE_VERSION_NOT_FOUND: {
    status: 404,
    message: {
      fr: "La version {version} de ce questionnaire n'existe pas.",
      en: "Version {version} of this questionnaire does not exist.",
    },
  },
  QUESTIONNAIRE_NOT_PUBLISHED: {
    status: 409,
    message: {
      fr: "Le questionnaire « {title} » n'est pas encore publié : publiez-le avant de lancer une campagne.",
      en: "The questionnaire “{title}” is not published yet: publish it before starting a campaign.",
    },
  },
  QUESTIONNAIRE_UNCHANGED: {
    status: 409,
    message: {
      fr: "Le questionnaire n'a pas changé depuis sa version {version} : rien n'a été publié.",
      en: "The questionnaire has not changed since its version {version}: nothing was published.",
    },
  },
  QUESTIONNAIRE_IN_USE: {
    status: 409,
    message: {
      fr: "Le questionnaire « {title} » est utilisé par {count} campagne(s) : supprimez-les d'abord.",
      en: "The questionnaire “{title}” is used by {count} campaign(s): delete them first.",
    },
  },
  XLSFORM_INVALID: {
    status: 422,
    message: {
      fr: "Le fichier XLSForm contient {count} erreur(s) : rien n'a été importé. Corrigez les lignes signalées puis réessayez.",
      en: "The XLSForm file has {count} error(s): nothing was imported. Fix the rows listed and try again.",
    },
  },
  CAMPAIGN_NOT_FOUND: {
    status: 404,
    message: {
      fr: "Campagne introuvable dans cette évaluation.",
      en: "Campaign not found in this evaluation.",
    },
  },
  CAMPAIGN_HAS_ANSWERS: {
    status: 409,
    message: {
      fr: "La campagne « {name} » a déjà {count} réponse(s) : {action} n'est plus possible. Créez une nouvelle campagne.",
      en: "The campaign “{name}” already has {count} answer(s): {action} is no longer possible. Create a new campaign.",
    },
  },
  CAMPAIGN_CHANNEL_CLOSED: {
    status: 403,
    message: {
      fr: "La campagne « {name} » n'accepte pas {channel} : activez ce canal dans ses réglages.",
      en: "The campaign “{name}” does not accept {channel}: turn this channel on in its settings.",
    },
  },
  FORM_NOT_FOUND: {
    status: 404,
    message: {
      fr: "Ce lien de questionnaire n'existe pas. Vérifiez l'adresse, ou demandez un nouveau lien à la structure qui vous l'a envoyé.",
      en: "This questionnaire link does not exist. Check the address, or ask the organisation that sent it for a new link.",
    },
  },
  FORM_NOT_OPEN: {
    status: 409,
    message: {
      fr: "Ce questionnaire n'est pas encore ouvert aux réponses{opens}. Revenez plus tard.",
      en: "This questionnaire is not open for answers yet{opens}. Come back later.",
    },
  },
  FORM_CLOSED: {
    status: 409,
    message: {
      fr: "Ce questionnaire est clos{closed} : il n'accepte plus de réponses. Merci de votre intérêt.",
      en: "This questionnaire is closed{closed}: it no longer accepts answers. Thank you for your interest.",
    },
  },
  SUBMISSION_INVALID: {
    status: 422,
    message: {
      fr: "{count} réponse(s) ne conviennent pas : rien n'a été enregistré. Corrigez les points signalés puis renvoyez.",
      en: "{count} answer(s) are not valid: nothing was saved. Fix the points listed and send again.",
    },
  },
  CONSENT_REQUIRED: {
    status: 422,
    message: {
      fr: "Le consentement du répondant est nécessaire pour enregistrer ses réponses.",
      en: "The respondent's consent is needed to save their answers.",
    },
  },
  RESPONDENT_CODE_REQUIRED: {
    status: 422,
    message: {
      fr: "Cette campagne suit les mêmes personnes dans le temps : le code de répondant est obligatoire.",
      en: "This campaign follows the same people over time: the respondent code is required.",
    },
  },
  RESPONDENT_CODE_UNKNOWN: {
    status: 422,
    message: {
      fr: "Le code « {code} » ne fait pas partie de la liste de cette évaluation. Vérifiez-le sur votre carte ou votre courrier.",
      en: "The code “{code}” is not on this evaluation's list. Check it on your card or letter.",
    },
  },
  SUBMISSION_NOT_FOUND: {
    status: 404,
    message: { fr: "Réponse introuvable.", en: "Submission not found." },
  },
  SUBMISSION_DELETED: {
    status: 409,
    message: {
      fr: "Cette réponse est supprimée : restaurez-la avant de la corriger.",
      en: "This submission is deleted: restore it before correcting it.",
    },
  },
  PAPER_IMPORT_INVALID: {
    status: 422,
    message: {
      fr: "Le fichier contient {count} ligne(s) en erreur : rien n'a été importé. Corrigez les lignes signalées puis réessayez.",
      en: "The file has {count} row(s) in error: nothing was imported. Fix the rows listed and try again.",
    },
  },
  INTERVIEW_GUIDE_NOT_FOUND: {
    status: 404,
    message: { fr: "Guide d'entretien introuvable.", en: "Interview guide not found." },
  },
  INTERVIEW_NOT_FOUND: {
    status: 404,
    message: { fr: "Entretien introuvable.", en: "Interview not found." },
  },
  INTERNAL: {
    status: 500,
    message: {
      fr: "Erreur inattendue du serveur. Elle a été enregistrée ; réessayez plus tard.",
      en: "Unexpected server error. It has been logged; try again later.",
    },
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERROR_CODES;
