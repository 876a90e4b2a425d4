import type { EvaluationStep, StepGuidance } from "./steps.ts";

/**
 * What a non-expert reads on each step's page: what the step is, why it matters, a worked example
 * from the social and solidarity economy, common mistakes and the checklist ticked before the step
 * is marked done. French first, English second. Checklist keys are stored with evaluations: never
 * rename one, add a new key instead.
 */
export const STEP_GUIDANCE: Record<EvaluationStep, StepGuidance> = {
  scope: {
    step: "scope",
    title: { fr: "Cadrer", en: "Scope" },
    summary: {
      fr: "Décidez ce que vous évaluez, pourquoi, pour qui, sur quelle période et quel territoire, et avec qui vous pilotez la démarche.",
      en: "Decide what you are evaluating, why and for whom, over which period and area, and who will steer the work.",
    },
    what: {
      fr: "Cadrer, c’est fixer le périmètre de l’évaluation : une activité, un programme ou toute la structure. Vous précisez l’objectif (améliorer vos pratiques et mieux piloter, ou démontrer votre utilité à des financeurs), les personnes à qui les résultats s’adressent, ainsi que la période et le territoire couverts. Vous formulez aussi deux à quatre questions évaluatives, c’est-à-dire les questions auxquelles l’évaluation devra répondre, et vous constituez un comité de pilotage.",
      en: "Scoping sets the boundaries of the evaluation: a single activity, a programme or the whole organisation. You state its purpose (improving your practice and steering better, or showing your value to funders), who the results are for, and the period and area covered. You also write two to four evaluative questions — the questions the evaluation must answer — and set up a steering committee.",
    },
    why: {
      fr: "Une évaluation sans cadre s’étire, coûte cher et finit par ne répondre aux attentes de personne. Le cadrage vous oblige à choisir : vous ne pouvez pas tout mesurer, et c’est très bien ainsi. Il protège aussi la suite de la démarche, car un comité de pilotage qui a validé les questions dès le départ soutiendra la collecte et fera confiance aux résultats.",
      en: "Without clear boundaries an evaluation drags on, costs too much and ends up answering nobody's question. Scoping forces you to choose: you cannot measure everything, and that is fine. It also protects the work later on, because a steering committee that agreed the questions at the start will back the data collection and trust the findings.",
    },
    example: {
      fr: "Une coopérative d’activité et d’emploi (CAE) de Nouvelle-Aquitaine accompagne 180 entrepreneurs-salariés et veut savoir ce que la coopérative change dans leur parcours. Elle limite l’évaluation à son activité d’accompagnement, pour les personnes entrées entre 2022 et 2024, dans les deux départements où elle est implantée. Elle poursuit deux objectifs : mieux piloter la coopérative et appuyer le renouvellement de sa convention avec la métropole. Ses questions évaluatives sont : « La CAE sécurise-t-elle les parcours professionnels ? » et « Les entrepreneurs y développent-ils une activité viable ? ». Le comité de pilotage réunit la direction, deux entrepreneurs-salariés élus au conseil d’administration et une chargée de mission de la métropole.",
      en: "A business and employment cooperative (CAE) in Nouvelle-Aquitaine supports 180 entrepreneur-employees and wants to know what the cooperative changes in their working lives. It limits the evaluation to its support activity, for people who joined between 2022 and 2024, in the two départements where it operates. It has two aims: to run the cooperative better, and to make the case for renewing its agreement with the metropolitan authority. Its evaluative questions are “Does the cooperative make career paths more secure?” and “Do entrepreneurs build a viable business there?”. The steering committee brings together the management, two entrepreneur-employees who sit on the board and a project officer from the metropolitan authority.",
    },
    mistakes: [
      {
        fr: "Vouloir tout évaluer d’un coup, toutes activités et tous publics confondus, au lieu de choisir un périmètre réaliste.",
        en: "Trying to evaluate everything at once, every activity and every group, instead of choosing a realistic scope.",
      },
      {
        fr: "Ne pas trancher entre améliorer vos pratiques et convaincre un financeur, alors que ces deux objectifs n’appellent ni les mêmes questions ni le même rapport.",
        en: "Not choosing between improving your practice and convincing a funder, even though the two call for different questions and a different report.",
      },
      {
        fr: "Poser des questions dont vous connaissez déjà la réponse, ou qui ne serviront à aucune décision.",
        en: "Asking questions you already know the answer to, or that will not inform any decision.",
      },
      {
        fr: "Sous-estimer le temps nécessaire : dans une petite structure, quelqu’un doit réserver des heures dans son agenda, sinon la démarche s’arrête en route.",
        en: "Underestimating the time it takes: in a small organisation someone has to set hours aside in their diary, or the work stalls halfway.",
      },
      {
        fr: "Composer un comité de pilotage uniquement avec l’équipe salariée, sans personne accompagnée ni partenaire.",
        en: "Putting together a steering committee of staff only, with none of the people you support and no partners.",
      },
    ],
    checklist: [
      {
        key: "object_defined",
        label: {
          fr: "L’objet évalué est défini : une activité, un programme ou la structure entière.",
          en: "What is being evaluated is defined: an activity, a programme or the whole organisation.",
        },
      },
      {
        key: "purpose_and_audience",
        label: {
          fr: "L’objectif (améliorer, démontrer, ou les deux) et les destinataires des résultats sont écrits.",
          en: "The purpose (improve, demonstrate, or both) and who the results are for are written down.",
        },
      },
      {
        key: "period_and_territory",
        label: {
          fr: "La période et le territoire couverts sont fixés.",
          en: "The period and area covered are set.",
        },
      },
      {
        key: "evaluative_questions",
        label: {
          fr: "Deux à quatre questions évaluatives sont formulées et validées.",
          en: "Two to four evaluative questions are written and agreed.",
        },
      },
      {
        key: "steering_committee",
        label: {
          fr: "Le comité de pilotage est constitué et s’est réuni au moins une fois.",
          en: "The steering committee is set up and has met at least once.",
        },
      },
      {
        key: "time_and_resources",
        label: {
          fr: "Le temps et les moyens consacrés à la démarche sont connus, avec un calendrier.",
          en: "The time and resources set aside for the evaluation are known, and there is a timetable.",
        },
      },
    ],
  },

  stakeholders: {
    step: "stakeholders",
    title: { fr: "Parties prenantes", en: "Stakeholders" },
    summary: {
      fr: "Repérez qui est concerné par votre action et qui y contribue, et chiffrez ce que chacun apporte à chaque activité.",
      en: "Identify who is affected by your work and who contributes to it, and put a value on what each of them brings to each activity.",
    },
    what: {
      fr: "Les parties prenantes sont toutes les personnes et organisations concernées par votre action ou qui y contribuent : personnes accompagnées, familles, bénévoles, salariés, partenaires, financeurs, collectivités. Pour chaque catégorie, vous notez son effectif, ses attentes et la façon dont elle sera associée à l’évaluation. Vous dressez ensuite la « chaîne de valeur élargie » : pour chaque activité, ce que chaque acteur apporte, en argent, en temps (heures bénévoles ou salariées multipliées par une valeur horaire) ou en nature (locaux, matériel, services), chiffré en euros autant que possible.",
      en: "Stakeholders are all the people and organisations affected by your work or contributing to it: the people you support, families, volunteers, staff, partners, funders, local authorities. For each group you record how many there are, what they expect and how they will take part in the evaluation. You then map the “extended value chain”: for each activity, what each actor puts in — money, time (volunteer or staff hours multiplied by an hourly value) or in kind (premises, equipment, services) — valued in euros wherever you can.",
    },
    why: {
      fr: "Votre impact ne se limite pas à vos bénéficiaires directs, et il ne repose pas seulement sur votre budget. Rendre visibles les heures bénévoles, les locaux prêtés ou l’appui d’une commune montre que la valeur est créée collectivement et permet à chacun de reconnaître sa part. Ce recensement des apports sert aussi de base au calcul du retour social sur investissement (SROI), qui compare la valeur créée à l’ensemble des ressources mobilisées.",
      en: "Your impact does not stop at the people you serve directly, and it does not rest on your budget alone. Making volunteer hours, lent premises or a council's support visible shows that value is created together, and lets each contributor see its share. This inventory of contributions is also the starting point for a social return on investment (SROI) calculation, which compares the value created with all the resources that went into it.",
    },
    example: {
      fr: "Une association de services en milieu rural fait vivre, dans un village de 600 habitants, une épicerie, un point relais colis et un café associatif. Elle recense ses parties prenantes : 350 clients réguliers, dont 80 personnes âgées sans voiture, 25 bénévoles, 2 salariées, la commune, le département et une douzaine de producteurs locaux. Pour le seul café, les bénévoles donnent 1 200 heures par an, valorisées à 15 € de l’heure, soit 18 000 € ; la commune prête le local, dont le loyer est estimé à 6 000 € par an ; le département verse une subvention de 10 000 €. Le tableau des apports montre que le café, que l’association croyait peu coûteux, est en réalité l’activité qui mobilise le plus de ressources, surtout du temps bénévole.",
      en: "A rural services association runs a grocery, a parcel pick-up point and a community café in a village of 600 people. It lists its stakeholders: 350 regular customers, including 80 older people without a car, 25 volunteers, 2 employees, the village council, the département and a dozen local producers. For the café alone, volunteers give 1,200 hours a year, valued at €15 an hour, i.e. €18,000; the council lends the premises, worth an estimated €6,000 a year in rent; and the département provides a €10,000 grant. The table of contributions shows that the café, which the association thought cheap to run, is in fact the activity that draws the most resources, mostly volunteer time.",
    },
    mistakes: [
      {
        fr: "Ne retenir que les bénéficiaires et les financeurs, en oubliant les familles, les bénévoles, les partenaires ou le voisinage.",
        en: "Listing only beneficiaries and funders, and forgetting families, volunteers, partners or the neighbourhood.",
      },
      {
        fr: "Laisser de côté le bénévolat et les apports en nature parce qu’ils n’apparaissent pas dans la comptabilité.",
        en: "Leaving out volunteering and in-kind support because they do not show up in the accounts.",
      },
      {
        fr: "Valoriser les heures bénévoles sans dire quelle valeur horaire a été retenue, ni pourquoi.",
        en: "Putting a value on volunteer hours without saying which hourly rate you used, or why.",
      },
      {
        fr: "Décider à la place des parties prenantes de ce qui compte pour elles, sans jamais les consulter.",
        en: "Deciding on stakeholders' behalf what matters to them, without ever asking them.",
      },
      {
        fr: "Confondre l’effectif d’une catégorie avec le nombre de personnes que vous pourrez réellement interroger.",
        en: "Mixing up the size of a group with the number of people you will actually be able to survey.",
      },
    ],
    checklist: [
      {
        key: "stakeholders_listed",
        label: {
          fr: "Toutes les catégories de parties prenantes sont listées, celles qui sont concernées comme celles qui contribuent.",
          en: "Every stakeholder group is listed, both those affected and those who contribute.",
        },
      },
      {
        key: "sizes_estimated",
        label: {
          fr: "L’effectif de chaque catégorie est connu ou estimé.",
          en: "The size of each group is known or estimated.",
        },
      },
      {
        key: "involvement_defined",
        label: {
          fr: "La façon d’associer chaque catégorie à l’évaluation est décidée : comité de pilotage, atelier, questionnaire ou entretien.",
          en: "How each group will take part in the evaluation is decided: steering committee, workshop, questionnaire or interview.",
        },
      },
      {
        key: "contributions_mapped",
        label: {
          fr: "Les apports de chaque acteur à chaque activité sont recensés : argent, temps et nature.",
          en: "What each actor gives to each activity is recorded: money, time and in-kind support.",
        },
      },
      {
        key: "contributions_valued",
        label: {
          fr: "Les apports sont chiffrés en euros quand c’est possible, avec la valeur horaire et les sources indiquées.",
          en: "Contributions are valued in euros where possible, with the hourly rate and sources stated.",
        },
      },
    ],
  },

  theory_of_change: {
    step: "theory_of_change",
    title: { fr: "Théorie du changement", en: "Theory of change" },
    summary: {
      fr: "Décrivez, étape par étape, comment vos activités doivent mener aux changements que vous visez.",
      en: "Set out, step by step, how your activities are expected to lead to the changes you are aiming for.",
    },
    what: {
      fr: "La théorie du changement est un schéma qui part des besoins auxquels vous répondez et relie vos ressources, vos activités et vos réalisations (ce que vous produisez : ateliers tenus, personnes accueillies) à vos résultats à court, moyen et long terme, jusqu’à l’impact, c’est-à-dire le changement durable auquel vous contribuez. Chaque flèche correspond à une hypothèse : « si nous faisons ceci, alors cela devrait se produire, à condition que… ». Vous indiquez aussi quelle partie prenante est concernée par chaque changement.",
      en: "A theory of change is a diagram that starts from the needs you respond to and links your resources, activities and outputs (what you deliver: sessions held, people welcomed) to your short-, medium- and long-term outcomes, and finally to impact — the lasting change you contribute to. Every arrow stands for an assumption: “if we do this, then that should follow, provided that…”. You also note which stakeholder each change concerns.",
    },
    why: {
      fr: "C’est le cœur de la démarche : on ne peut mesurer un changement qu’après avoir dit clairement lequel on attend. Le schéma fait apparaître les maillons fragiles, ces hypothèses que tout le monde tient pour acquises sans les avoir vérifiées, et donc ce qu’il faut observer en priorité. Construit à plusieurs, il donne aussi à l’équipe, aux bénévoles et aux partenaires un langage commun sur ce que vous cherchez à faire.",
      en: "This is the heart of the method: you can only measure a change once you have said clearly which change you expect. The diagram brings out the weak links — assumptions everyone takes for granted without having checked them — and so shows what to look at first. Built as a group, it also gives staff, volunteers and partners a shared way of talking about what you are trying to achieve.",
    },
    example: {
      fr: "Un atelier et chantier d’insertion emploie 30 personnes éloignées de l’emploi dans le maraîchage biologique. Le besoin : des personnes sans emploi depuis plus de deux ans, souvent sans permis ni expérience récente. Les ressources : des encadrants techniques, une accompagnatrice socioprofessionnelle et l’aide au poste versée par l’État ; les activités : le travail sur l’exploitation, l’accompagnement individuel et des formations ; les réalisations : 30 contrats et 2 000 heures de formation par an. Les résultats attendus sont, à court terme, la confiance et le rythme de travail retrouvés ; à moyen terme, le permis obtenu et les difficultés de logement réglées ; à long terme, un emploi durable, l’impact visé étant l’autonomie des personnes. L’équipe repère une hypothèse fragile, « les employeurs du secteur recrutent des personnes qui sortent d’un parcours d’insertion », et décide de la vérifier auprès de ses entreprises partenaires.",
      en: "An insertion-through-work scheme (chantier d'insertion) employs 30 people who have long been out of work, growing organic vegetables. The need: people unemployed for more than two years, often with no driving licence or recent work experience. The resources: work supervisors, a social and employment support worker and a per-post subsidy from the State; the activities: work on the farm, one-to-one support and training; the outputs: 30 contracts and 2,000 hours of training a year. The expected outcomes are, in the short term, regained confidence and a working routine; in the medium term, a driving licence and housing problems sorted out; in the long term, a stable job — the impact sought being people's independence. The team spots one fragile assumption, “local employers hire people coming out of an insertion scheme”, and decides to test it with its partner companies.",
    },
    mistakes: [
      {
        fr: "Confondre réalisations et résultats : 500 repas servis est une réalisation, des personnes qui mangent mieux, c’est un résultat.",
        en: "Confusing outputs with outcomes: 500 meals served is an output; people eating better is an outcome.",
      },
      {
        fr: "Tracer des flèches sans écrire les hypothèses qui les justifient.",
        en: "Drawing arrows without writing down the assumptions behind them.",
      },
      {
        fr: "Viser un impact si lointain ou si large, comme « réduire la pauvreté en France », que votre action ne peut pas raisonnablement l’influencer.",
        en: "Aiming at an impact so distant or broad, such as “ending poverty in France”, that your work cannot reasonably influence it.",
      },
      {
        fr: "Construire le schéma seul dans un bureau, sans les personnes accompagnées ni les partenaires.",
        en: "Building the diagram alone in an office, without the people you support or your partners.",
      },
      {
        fr: "Oublier les effets inattendus ou négatifs, qui comptent aussi.",
        en: "Ignoring unexpected or negative effects, which count too.",
      },
    ],
    checklist: [
      {
        key: "needs_stated",
        label: {
          fr: "Les besoins de départ sont décrits, ainsi que les personnes qui les vivent.",
          en: "The needs you start from are described, along with who experiences them.",
        },
      },
      {
        key: "chain_complete",
        label: {
          fr: "La chaîne est complète : ressources, activités, réalisations, résultats à court, moyen et long terme, impact.",
          en: "The chain is complete: resources, activities, outputs, short-, medium- and long-term outcomes, impact.",
        },
      },
      {
        key: "assumptions_written",
        label: {
          fr: "Chaque lien important porte son hypothèse, et les plus fragiles sont repérées.",
          en: "Each important link carries its assumption, and the most fragile ones are flagged.",
        },
      },
      {
        key: "stakeholders_linked",
        label: {
          fr: "Chaque résultat indique la partie prenante qu’il concerne.",
          en: "Each outcome states which stakeholder it concerns.",
        },
      },
      {
        key: "co_built",
        label: {
          fr: "Le schéma a été construit ou relu avec des personnes accompagnées, l’équipe et des partenaires.",
          en: "The diagram has been built or reviewed with people you support, staff and partners.",
        },
      },
    ],
  },

  framework: {
    step: "framework",
    title: { fr: "Référentiel", en: "Evaluation framework" },
    summary: {
      fr: "Traduisez vos questions évaluatives en critères, puis en indicateurs précis, chacun avec une situation de départ et une cible.",
      en: "Turn your evaluative questions into criteria, then into precise indicators, each with a starting point and a target.",
    },
    what: {
      fr: "Le référentiel d’évaluation décline chaque question évaluative en critères, c’est-à-dire les angles sous lesquels vous jugerez la réponse, puis chaque critère en indicateurs, les informations concrètes que vous allez mesurer. Chaque indicateur a une définition, une unité, une source, une méthode de collecte, une valeur de référence (la situation de départ), une cible et, si besoin, des ventilations, par exemple par âge ou par site. Vous pouvez reprendre des indicateurs de la bibliothèque commune ou en créer, puis les partager à votre tour.",
      en: "The evaluation framework breaks each evaluative question down into criteria — the angles from which you will judge the answer — and each criterion into indicators, the concrete pieces of information you will measure. Every indicator has a definition, a unit, a source, a collection method, a baseline (where things stand at the start), a target and, where useful, breakdowns, for example by age or site. You can reuse indicators from the shared library, or create your own and share them back.",
    },
    why: {
      fr: "Sans référentiel, on collecte au hasard et on se retrouve avec des données qui ne répondent à aucune question. Une définition précise garantit que tout le monde mesure la même chose, d’une année sur l’autre et d’une structure à l’autre, ce qui permet à un réseau de comparer et d’additionner les résultats. Fixer à l’avance la situation de départ et la cible évite de juger les résultats selon ce qui arrange, une fois les chiffres connus.",
      en: "Without a framework you collect data haphazardly and end up with figures that answer no question. A precise definition makes sure everyone measures the same thing from one year to the next and from one organisation to another, which is what allows a network to compare and add up results. Setting the baseline and target in advance stops you judging the results by whatever suits you once the figures are in.",
    },
    example: {
      fr: "Une association qui accompagne des adultes en situation de handicap intellectuel dans un habitat inclusif se demande : « Dans quelle mesure l’habitat inclusif renforce-t-il la participation des habitants à la vie locale ? ». Elle retient deux critères : la participation sociale des habitants et la tranquillité d’esprit des familles. Pour le premier, l’indicateur est la « part des habitants ayant participé à au moins une activité hors du logement au cours du dernier mois », mesurée par un questionnaire en FALC (facile à lire et à comprendre) rempli avec un professionnel. La situation de départ est de 35 % à l’entrée dans le logement et la cible de 60 % au bout d’un an, avec une ventilation par tranche d’âge. L’indicateur sur les familles est repris tel quel du référentiel partagé par la tête de réseau, pour que les résultats puissent être comparés d’une région à l’autre.",
      en: "An association supporting adults with intellectual disabilities in inclusive housing asks: “To what extent does inclusive housing increase residents' involvement in local life?”. It chooses two criteria: residents' social participation, and families' peace of mind. For the first, the indicator is the “share of residents who took part in at least one activity outside their home in the past month”, measured with an easy-to-read questionnaire filled in with a support worker. The baseline is 35% on moving in and the target is 60% after a year, broken down by age group. The indicator for families is taken as it stands from the framework shared by the national network, so that results can be compared across regions.",
    },
    mistakes: [
      {
        fr: "Choisir des indicateurs parce que les données existent déjà, et non parce qu’ils répondent à une question évaluative.",
        en: "Picking indicators because the data already exist, rather than because they answer an evaluative question.",
      },
      {
        fr: "Multiplier les indicateurs : chacun demande une collecte, et la plupart ne seront jamais analysés.",
        en: "Piling up indicators: each one has to be collected, and most of them will never be analysed.",
      },
      {
        fr: "Définir un indicateur de façon vague, comme « le bien-être des bénéficiaires », sans unité, source ni mode de calcul.",
        en: "Defining an indicator vaguely, such as “beneficiaries' well-being”, with no unit, source or method of calculation.",
      },
      {
        fr: "Oublier de mesurer la situation de départ, ce qui empêche ensuite de montrer une évolution.",
        en: "Forgetting to measure the starting situation, which makes it impossible to show any change later.",
      },
      {
        fr: "Ne garder que des chiffres et laisser de côté ce qui se dit mieux avec des mots : témoignages, récits, observations.",
        en: "Keeping only numbers and leaving out what words capture better: testimonies, stories, observations.",
      },
    ],
    checklist: [
      {
        key: "questions_to_criteria",
        label: {
          fr: "Chaque question évaluative est déclinée en un ou plusieurs critères.",
          en: "Each evaluative question is broken down into one or more criteria.",
        },
      },
      {
        key: "indicators_defined",
        label: {
          fr: "Chaque indicateur a une définition, une unité, une source et une méthode de collecte.",
          en: "Each indicator has a definition, a unit, a source and a collection method.",
        },
      },
      {
        key: "baseline_and_target",
        label: {
          fr: "Chaque indicateur a une valeur de référence et une cible, ou la façon de les obtenir est prévue.",
          en: "Each indicator has a baseline and a target, or there is a plan for obtaining them.",
        },
      },
      {
        key: "disaggregations_chosen",
        label: {
          fr: "Les ventilations utiles (âge, sexe, site, type d’accompagnement…) sont choisies.",
          en: "Useful breakdowns (age, sex, site, type of support…) are chosen.",
        },
      },
      {
        key: "library_checked",
        label: {
          fr: "La bibliothèque commune a été consultée avant de créer de nouveaux indicateurs.",
          en: "The shared library was checked before any new indicator was created.",
        },
      },
      {
        key: "framework_approved",
        label: {
          fr: "Le référentiel a été validé par le comité de pilotage.",
          en: "The steering committee has approved the framework.",
        },
      },
    ],
  },

  collection: {
    step: "collection",
    title: { fr: "Collecte", en: "Data collection" },
    summary: {
      fr: "Rassemblez les informations prévues par votre référentiel, auprès des bonnes personnes et au bon moment, en suivant les réponses au fil de l’eau.",
      en: "Gather the information your framework calls for, from the right people at the right time, and keep track of responses as they come in.",
    },
    what: {
      fr: "La collecte consiste à choisir ou construire vos outils (questionnaire, guide d’entretien, grille d’observation, ou import de données que vous détenez déjà, comme un tableur ou un fichier de suivi) et à organiser des campagnes : qui est interrogé, par quel moyen et à quel moment. Pour observer une évolution, on interroge souvent les mêmes personnes plusieurs fois : au début (vague initiale), en cours de route, puis à la fin. Vous suivez le nombre de réponses de chaque campagne par rapport à l’objectif fixé et vous relancez si besoin.",
      en: "Data collection means choosing or building your tools — a questionnaire, an interview guide, an observation grid, or an import of data you already hold, such as a spreadsheet or case-tracking file — and organising campaigns: who is asked, how and when. To see change over time you often ask the same people several times: at the start (baseline), along the way and at the end. You track how many responses each campaign has received against the number you were aiming for, and send reminders when needed.",
    },
    why: {
      fr: "Des données incomplètes ou mal recueillies fragilisent toute l’analyse : si seules les personnes les plus satisfaites répondent, vos résultats seront trop beaux pour être crus. Bien organiser la collecte, c’est aussi respecter les personnes : recueillir leur consentement, ne poser que les questions utiles, dans des mots qu’elles comprennent, et protéger leurs réponses. Enfin, vos fichiers existants contiennent souvent plus d’informations que vous ne le pensez, et les exploiter évite de solliciter les gens inutilement.",
      en: "Incomplete or poorly gathered data weakens the whole analysis: if only the happiest people reply, your results will look too good to be believed. Organising collection well is also a matter of respect: asking for consent, asking only useful questions in words people understand, and keeping their answers safe. And the records you already keep often hold more than you think; making use of them spares people needless questions.",
    },
    example: {
      fr: "Une jeune entreprise sociale, accueillie depuis un an dans un incubateur, met en relation des jeunes sans réseau avec des retraités bénévoles qui les parrainent dans leur recherche d’emploi. Elle commence par importer l’export de son outil de suivi : date d’entrée, nombre de rendez-vous et situation à la sortie pour 240 jeunes. Elle y ajoute un court questionnaire sur la confiance en soi et la connaissance du monde du travail, envoyé par SMS à l’entrée puis six mois plus tard ; un code attribué à chaque jeune, à la place de son nom, permet de relier ses deux réponses. Au bout de trois semaines, seuls 38 % des jeunes ont répondu à la deuxième vague, pour un objectif de 60 % : l’équipe demande alors aux parrains de proposer le questionnaire lors du rendez-vous suivant. Elle complète la collecte par dix entretiens avec des parrains, menés avec un guide d’entretien partagé par son incubateur.",
      en: "A social start-up, in an incubator for the past year, matches young people who have no professional network with retired volunteers who mentor them in their job search. It starts by importing the export from its case-tracking tool: start date, number of meetings and situation on leaving, for 240 young people. It adds a short questionnaire on self-confidence and knowledge of the working world, sent by text message on entry and again six months later; a code assigned to each young person in place of their name links their two sets of answers. After three weeks only 38% have answered the second wave, against a target of 60%, so the team asks mentors to offer the questionnaire at their next meeting. It rounds off the collection with ten interviews with mentors, using an interview guide shared by its incubator.",
    },
    mistakes: [
      {
        fr: "Lancer le questionnaire sans l’avoir testé auprès de quelques personnes, et découvrir trop tard que certaines questions sont mal comprises.",
        en: "Sending out the questionnaire without trying it on a few people first, and finding out too late that some questions are misunderstood.",
      },
      {
        fr: "Oublier la vague initiale : sans mesure au départ, impossible de montrer une évolution.",
        en: "Skipping the baseline wave: with nothing measured at the start, you cannot show any change.",
      },
      {
        fr: "Ne pas suivre les réponses pendant la campagne, et constater à la fin qu’un public entier n’a pas répondu.",
        en: "Not watching responses during the campaign, and discovering at the end that a whole group never replied.",
      },
      {
        fr: "Recueillir des données personnelles ou de santé sans consentement explicite ni règles de protection.",
        en: "Collecting personal or health data without explicit consent or rules for keeping it safe.",
      },
      {
        fr: "Proposer un questionnaire trop long ou trop compliqué pour les personnes interrogées, au lieu d’une version courte ou en FALC.",
        en: "Using a questionnaire that is too long or complicated for the people answering it, instead of a short or easy-to-read version.",
      },
    ],
    checklist: [
      {
        key: "instruments_ready",
        label: {
          fr: "Les outils de collecte sont prêts et chaque question renvoie à un indicateur du référentiel.",
          en: "The collection tools are ready and every question maps to an indicator in the framework.",
        },
      },
      {
        key: "instruments_tested",
        label: {
          fr: "Les questionnaires ont été testés auprès de quelques personnes du public visé, et une version facile à lire existe si nécessaire.",
          en: "Questionnaires have been tried out with a few people from the group concerned, and an easy-to-read version exists where needed.",
        },
      },
      {
        key: "existing_data_imported",
        label: {
          fr: "Les données utiles que vous détenez déjà ont été importées, avec leur origine.",
          en: "Useful data you already hold have been imported, with their origin recorded.",
        },
      },
      {
        key: "campaigns_planned",
        label: {
          fr: "Chaque campagne a son public, son calendrier, sa vague et un nombre de réponses visé.",
          en: "Each campaign has its group, timetable, wave and target number of responses.",
        },
      },
      {
        key: "consent_recorded",
        label: {
          fr: "Le consentement des personnes est recueilli et leurs réponses sont protégées.",
          en: "People's consent is recorded and their answers are protected.",
        },
      },
      {
        key: "response_rates_followed",
        label: {
          fr: "Les taux de réponse ont été suivis et les relances faites jusqu’à la clôture des campagnes.",
          en: "Response rates have been monitored and reminders sent until the campaigns closed.",
        },
      },
    ],
  },

  analysis: {
    step: "analysis",
    title: { fr: "Analyse", en: "Analysis" },
    summary: {
      fr: "Transformez les données recueillies en résultats fiables et compréhensibles, en chiffres comme en mots.",
      en: "Turn the data you have gathered into sound, understandable findings, in figures and in words.",
    },
    what: {
      fr: "Analyser, c’est calculer chaque indicateur, le comparer à la situation de départ et à la cible, et le ventiler pour voir si certains publics progressent plus que d’autres. Quand c’est possible, vous comparez l’avant et l’après, ou les personnes qui ont bénéficié de votre action et celles qui n’en ont pas bénéficié, et vous vérifiez qu’un écart n’est pas dû au hasard grâce à des tests statistiques expliqués en langage courant. Les réponses ouvertes et les entretiens sont lus et classés par thèmes. Si vous le souhaitez, vous pouvez calculer un retour social sur investissement (SROI), en vérifiant comment il varie selon les hypothèses retenues.",
      en: "Analysis means calculating each indicator, comparing it with the baseline and the target, and breaking it down to see whether some groups gain more than others. Where you can, you compare before and after, or people who took part in your work with people who did not, and you check that a difference is not down to chance, using statistical tests explained in everyday language. Open answers and interviews are read and sorted into themes. If you wish, you can also calculate a social return on investment (SROI) and check how much it moves under different assumptions.",
    },
    why: {
      fr: "Un chiffre seul ne dit rien tant qu’on ne le compare pas à un point de départ, à une cible ou à un groupe de comparaison. Une analyse honnête distingue ce que votre action a produit de ce qui se serait passé de toute façon, et montre aussi ce qui fonctionne moins bien : c’est là que se trouvent les pistes d’amélioration. Croiser chiffres et témoignages permet enfin de comprendre pourquoi les choses changent, et pas seulement de combien.",
      en: "A figure on its own says nothing until you set it against a starting point, a target or a comparison group. An honest analysis separates what your work brought about from what would have happened anyway, and it also shows what works less well, which is where the ideas for improvement lie. Putting figures and testimonies side by side helps you understand why things change, not just by how much.",
    },
    example: {
      fr: "Une coopérative citoyenne d’énergie renouvelable compte 420 sociétaires, qui ont financé six toitures solaires sur des bâtiments communaux. Le questionnaire montre que 58 % des sociétaires disent avoir réduit leur consommation d’électricité depuis leur adhésion, contre 31 % dans un groupe d’habitants non sociétaires de la même commune ; le test statistique indique qu’un tel écart a très peu de chances d’être dû au hasard. La coopérative note toutefois une limite : ses sociétaires étaient peut-être déjà plus attentifs à leur consommation avant d’adhérer. La ventilation révèle que l’effet est nettement plus marqué chez ceux qui ont participé à au moins une visite de chantier, et la lecture des entretiens fait ressortir un thème que personne n’attendait : la fierté de « produire l’énergie du village ». Pour son SROI, la coopérative retient une hypothèse basse et une hypothèse haute sur la part du changement qui lui revient, et présente une fourchette plutôt qu’un chiffre unique.",
      en: "A citizen renewable energy cooperative has 420 members, who financed six solar roofs on council buildings. The survey shows that 58% of members say they have cut their electricity use since joining, against 31% in a group of non-member residents of the same town; the statistical test shows that a gap this size is very unlikely to be down to chance. The cooperative nevertheless notes a limit: its members may already have been more careful about their energy use before they joined. Breaking the results down shows a much stronger effect among those who went on at least one site visit, and reading the interviews brings out a theme nobody expected: pride in “producing the village's own energy”. For its SROI, the cooperative uses a low and a high assumption about how much of the change it can claim, and presents a range rather than a single figure.",
    },
    mistakes: [
      {
        fr: "Présenter une moyenne ou un pourcentage sans dire sur combien de réponses il repose.",
        en: "Showing an average or a percentage without saying how many responses it is based on.",
      },
      {
        fr: "Attribuer tout le changement observé à votre action, sans tenir compte de ce qui se serait produit sans elle ni de l’apport des autres acteurs.",
        en: "Crediting your work with all the change observed, without allowing for what would have happened anyway or for what other actors contributed.",
      },
      {
        fr: "Conclure à un effet à partir d’un petit écart entre deux petits groupes, que le hasard peut suffire à expliquer.",
        en: "Claiming an effect from a small gap between two small groups, which chance alone may explain.",
      },
      {
        fr: "Ne garder que les résultats favorables et passer sous silence ceux qui déçoivent.",
        en: "Keeping only the good news and saying nothing about disappointing results.",
      },
      {
        fr: "Afficher des résultats détaillés sur de très petits groupes, au risque de permettre de reconnaître des personnes.",
        en: "Showing detailed results for very small groups, which may make it possible to identify individuals.",
      },
    ],
    checklist: [
      {
        key: "indicators_computed",
        label: {
          fr: "Chaque indicateur est calculé, avec le nombre de réponses sur lequel il repose.",
          en: "Each indicator is calculated, along with the number of responses behind it.",
        },
      },
      {
        key: "compared_to_baseline_and_target",
        label: {
          fr: "Les résultats sont comparés à la situation de départ et à la cible.",
          en: "Results are compared with the baseline and the target.",
        },
      },
      {
        key: "comparisons_checked",
        label: {
          fr: "Les comparaisons (avant et après, avec et sans votre action) ont été vérifiées, et leurs limites sont écrites.",
          en: "Comparisons (before and after, with and without your work) have been checked, and their limits written down.",
        },
      },
      {
        key: "qualitative_coded",
        label: {
          fr: "Les réponses ouvertes et les entretiens ont été classés par thèmes.",
          en: "Open answers and interviews have been sorted into themes.",
        },
      },
      {
        key: "small_groups_hidden",
        label: {
          fr: "Les résultats qui portent sur trop peu de personnes sont masqués, pour que personne ne puisse être reconnu.",
          en: "Results covering too few people are hidden, so that nobody can be identified.",
        },
      },
      {
        key: "findings_discussed",
        label: {
          fr: "Les premiers résultats ont été discutés avec le comité de pilotage avant d’être rédigés.",
          en: "The first findings have been discussed with the steering committee before being written up.",
        },
      },
    ],
  },

  reporting: {
    step: "reporting",
    title: { fr: "Restituer et valoriser", en: "Report and share" },
    summary: {
      fr: "Partagez vos résultats avec chaque public sous une forme qui lui parle, et décidez de ce que vous allez changer.",
      en: "Share your findings with each audience in a form that works for them, and decide what you will change.",
    },
    what: {
      fr: "Restituer, c’est rendre compte des résultats à ceux qui ont participé et à ceux qui les attendent : financeurs, partenaires, équipe, bénévoles, personnes accompagnées. Chaque public reçoit une forme adaptée : un rapport complet, une synthèse de deux pages, une présentation orale, une version facile à lire. Valoriser, c’est en tirer des recommandations et un plan d’action puis, si vous le souhaitez, publier votre démarche et vos outils dans la bibliothèque commune pour que d’autres structures puissent s’en servir.",
      en: "Reporting back means sharing the findings with those who took part and those who are waiting for them: funders, partners, staff, volunteers, the people you support. Each audience gets a format that suits it: a full report, a two-page summary, a talk, an easy-to-read version. Making the most of the findings means drawing up recommendations and an action plan and, if you wish, publishing your approach and tools in the shared library so that other organisations can use them.",
    },
    why: {
      fr: "Une évaluation qui reste dans un tiroir n’a servi à rien, ni à vous ni à ceux qui ont pris le temps de répondre. Revenir vers les personnes interrogées est une marque de respect et leur donne envie de participer la fois suivante. Des résultats présentés clairement, limites comprises, renforcent votre crédibilité auprès des financeurs, et le plan d’action fait de l’évaluation un véritable outil de pilotage.",
      en: "An evaluation left in a drawer has been of no use, either to you or to those who took the time to answer. Going back to the people you surveyed is a sign of respect, and makes them more willing to take part next time. Findings presented clearly, limits included, make you more credible with funders, and the action plan turns the evaluation into a real tool for running your organisation.",
    },
    example: {
      fr: "Le chantier d’insertion en maraîchage présente ses résultats de trois façons. Pour le département et l’État, qui le financent, un rapport de quinze pages montre que 62 % des salariés sortis en 2024 ont trouvé un emploi ou une formation, et que le manque de moyens de transport reste le principal obstacle à l’accès à l’emploi. Pour les salariés en insertion, une matinée d’échange autour d’une affiche illustrée reprend les principaux résultats et recueille leurs réactions. Le comité de pilotage adopte trois recommandations, dont un partenariat avec une auto-école solidaire, inscrites dans un plan d’action daté. Enfin, le chantier publie son questionnaire et sa théorie du changement dans la bibliothèque commune, où deux autres structures d’insertion les ont déjà repris.",
      en: "The market-gardening insertion scheme presents its findings in three ways. For the département and the State, which fund it, a fifteen-page report shows that 62% of the employees who left in 2024 went on to a job or a training course, and that lack of transport remains the main obstacle to getting into work. For the employees on insertion contracts, a morning session built around an illustrated poster goes over the main findings and gathers their reactions. The steering committee adopts three recommendations, including a partnership with a non-profit driving school, and sets them out in an action plan with dates. Finally, the scheme publishes its questionnaire and theory of change in the shared library, where two other insertion organisations have already reused them.",
    },
    mistakes: [
      {
        fr: "Rédiger un seul rapport, long et technique, pour tout le monde, que personne ne lit jusqu’au bout.",
        en: "Writing one long, technical report for everyone, which nobody reads to the end.",
      },
      {
        fr: "Ne jamais revenir vers les personnes interrogées pour leur présenter ce que leurs réponses ont permis d’apprendre.",
        en: "Never going back to the people you surveyed to show them what their answers taught you.",
      },
      {
        fr: "Cacher les limites de l’évaluation (peu de réponses, pas de groupe de comparaison), ce qui ruine la confiance le jour où quelqu’un les remarque.",
        en: "Hiding the evaluation's limits (few responses, no comparison group), which destroys trust the day someone notices them.",
      },
      {
        fr: "S’arrêter au constat sans en tirer de décisions ni de plan d’action.",
        en: "Stopping at the findings without turning them into decisions or an action plan.",
      },
      {
        fr: "Diffuser des chiffres ou des citations qui permettent de reconnaître une personne.",
        en: "Publishing figures or quotes that allow someone to be recognised.",
      },
    ],
    checklist: [
      {
        key: "audiences_identified",
        label: {
          fr: "Les publics de la restitution sont identifiés, avec la forme adaptée à chacun.",
          en: "The audiences for the findings are identified, each with a suitable format.",
        },
      },
      {
        key: "report_written",
        label: {
          fr: "Le rapport présente les résultats, leur origine et les limites de l’évaluation.",
          en: "The report sets out the findings, where they come from and the limits of the evaluation.",
        },
      },
      {
        key: "respondents_informed",
        label: {
          fr: "Les personnes qui ont répondu ont reçu un retour sur les résultats, sous une forme qu’elles comprennent.",
          en: "The people who answered have been told about the findings in a form they understand.",
        },
      },
      {
        key: "action_plan_adopted",
        label: {
          fr: "Des recommandations et un plan d’action daté ont été adoptés par le comité de pilotage.",
          en: "The steering committee has adopted recommendations and an action plan with dates.",
        },
      },
      {
        key: "privacy_checked",
        label: {
          fr: "Rien de ce qui est diffusé ne permet de reconnaître une personne.",
          en: "Nothing that is shared allows anyone to be identified.",
        },
      },
      {
        key: "commons_considered",
        label: {
          fr: "La publication de vos outils et de votre étude de cas dans la bibliothèque commune a été envisagée.",
          en: "You have considered publishing your tools and case study in the shared library.",
        },
      },
    ],
  },
};
