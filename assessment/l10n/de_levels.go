package l10n

// deLevels is the German of the question-specific level texts
// (content_levels.go); see de.go.
var deLevels = []pair{
	// GOV-01
	{"Nobody is named: accountability for the ISMS is split or assumed.", "Niemand ist benannt: Die Gesamtverantwortung für das ISMS ist aufgeteilt oder wird stillschweigend angenommen."},
	{"Someone acts as the owner in practice, but top management has not appointed them in writing for IT and the plants alike.", "Eine Person handelt faktisch als Verantwortliche/r, aber die oberste Leitung hat sie nicht schriftlich für die IT und die Werke gleichermaßen ernannt."},
	{"Top management has appointed one person in writing for IT and the plants, but the manual, the RACI or the leads do not all reflect it yet.", "Die oberste Leitung hat eine Person schriftlich für IT und Werke ernannt, aber Handbuch, RACI oder die Bereichsleitungen spiegeln das noch nicht alle wider."},
	{"The appointed owner is named in the manual and the RACI, and the IT and OT leads both name that person.", "Die ernannte Person steht im Handbuch und in der RACI, und IT- wie OT-Leitung nennen sie."},
	// Level 2 of a question about one act (actions.go)
	{"Target state: %s Compare what exists with it, complete what is still missing and keep dated evidence.", "Zielzustand: %s Das Vorhandene damit abgleichen, das noch Fehlende erledigen und datierte Nachweise aufbewahren."},
	// GOV-02
	{"The ISMS owner sits inside the IT team, the OT team or one plant, with no authority over the others.", "Die ISMS-Verantwortung liegt im IT-Team, im OT-Team oder in einem Werk, ohne Befugnisse über die anderen."},
	{"The owner sits in one team or plant and reaches the others informally, through goodwill rather than a remit.", "Die verantwortliche Person sitzt in einem Team oder Werk und erreicht die anderen nur informell, über Wohlwollen statt über ein Mandat."},
	{"Placing the owner at enterprise level is decided, but the owner does not yet act with that remit.", "Die Ansiedlung auf Unternehmensebene ist beschlossen, aber die verantwortliche Person handelt noch nicht mit diesem Mandat."},
	{"The owner reports to top management with a documented remit over corporate IT and every plant in scope, and exercises it in both.", "Die verantwortliche Person berichtet an die oberste Leitung, hat ein dokumentiertes Mandat für die Unternehmens-IT und jedes Werk im Anwendungsbereich und nimmt es in beiden wahr."},
	// GOV-08
	{"Top management has not approved an information security policy.", "Die oberste Leitung hat keine Informationssicherheitspolitik genehmigt."},
	{"A policy exists, but only IT or the ISMS owner signed it, or top management's approval has lapsed.", "Eine Politik besteht, ist aber nur von der IT oder der/dem ISMS-Verantwortlichen unterzeichnet, oder die Genehmigung der obersten Leitung ist abgelaufen."},
	{"Top management approved the policy, but its wording leaves the plants out.", "Die oberste Leitung hat die Politik genehmigt, ihr Wortlaut lässt die Werke aber außen vor."},
	{"A dated top-management approval, within the policy's review cycle, covers corporate IT and the plants, and the policy has been communicated at the plants.", "Eine datierte Genehmigung der obersten Leitung im Überprüfungsturnus der Politik deckt Unternehmens-IT und Werke ab, und die Politik ist in den Werken bekannt gemacht."},
	// GOV-11
	{"The management body has not approved any cybersecurity risk-management measures.", "Das Leitungsorgan hat keine Risikomanagementmaßnahmen im Bereich der Cybersicherheit gebilligt."},
	{"The management body has been informed or has agreed informally, with no resolution on record.", "Das Leitungsorgan wurde informiert oder hat formlos zugestimmt; ein Beschluss liegt nicht vor."},
	{"A resolution approves the measures, but it does not name those for the plants or refer to the risk treatment.", "Ein Beschluss genehmigt die Maßnahmen, nennt aber die Maßnahmen für die Werke nicht oder verweist nicht auf die Risikobehandlung."},
	{"A dated resolution approves the measures, plant measures named, with reference to the risk assessment and treatment plan.", "Ein datierter Beschluss genehmigt die Maßnahmen, nennt die werksbezogenen Maßnahmen und verweist auf Risikobeurteilung und Risikobehandlungsplan."},
	// GOV-13
	{"No member of the management body has had cybersecurity training.", "Kein Mitglied des Leitungsorgans hat eine Cybersicherheitsschulung besucht."},
	{"Some members have attended training on their own initiative.", "Einige Mitglieder haben aus eigenem Antrieb an Schulungen teilgenommen."},
	{"Training for every member is planned and its content agreed, but not all have completed it.", "Eine Schulung für alle Mitglieder ist geplant und inhaltlich abgestimmt, aber noch nicht von allen abgeschlossen."},
	{"Every member has completed cybersecurity training that also covers risks to production and, where relevant, process safety, with dated records.", "Alle Mitglieder haben eine Cybersicherheitsschulung abgeschlossen, die auch Risiken für die Produktion und, wo relevant, die Anlagensicherheit behandelt, mit datierten Nachweisen."},
	// MOD-01
	{"No ownership model has been chosen; ownership has simply grown over time.", "Kein Verantwortungsmodell wurde gewählt; die Zuständigkeiten sind historisch gewachsen."},
	{"A model is followed in practice, but nobody decided or recorded it.", "Ein Modell wird faktisch gelebt, aber niemand hat es entschieden oder festgehalten."},
	{"The model is decided and recorded, but without its reasons, weaknesses or countermeasures.", "Das Modell ist entschieden und festgehalten, aber ohne Begründung, Schwächen oder Gegenmaßnahmen."},
	{"The recorded model states why it fits, its weaknesses and their countermeasures, and management review revisits it.", "Die Dokumentation begründet, warum das Modell passt, nennt seine Schwächen und Gegenmaßnahmen, und die Managementbewertung überprüft es."},
	// PRA-05
	{"External auditors are received by whoever is available; no lead contact is set.", "Externe Auditteams empfängt, wer gerade verfügbar ist; eine federführende Ansprechperson ist nicht festgelegt."},
	{"The ISMS owner leads some external audits, depending on who is asked.", "Die/der ISMS-Verantwortliche leitet manche externen Audits, je nachdem, wer angefragt wird."},
	{"The audit procedure names the ISMS owner as lead contact, but external audits do not yet run that way.", "Das Auditverfahren benennt die/den ISMS-Verantwortlichen als federführende Ansprechperson, aber externe Audits laufen noch nicht so ab."},
	{"The ISMS owner leads every external audit of information security the organisation has, and the IT and OT owners present their own evidence.", "Die/der ISMS-Verantwortliche leitet jedes externe Audit der Informationssicherheit in der Organisation, und die Verantwortlichen für IT und OT legen ihre eigenen Nachweise vor."},
	// INC-07
	{"No joint incident exercise has been held or scheduled.", "Eine gemeinsame Übung zur Vorfallbehandlung hat weder stattgefunden, noch ist sie terminiert."},
	{"Groups rehearse only on their own, or the last joint exercise was more than a year ago and none is scheduled.", "Die Gruppen üben nur jeweils für sich, oder die letzte gemeinsame Übung liegt mehr als ein Jahr zurück, ohne dass eine neue terminiert ist."},
	{"A joint exercise on a plant scenario is scheduled with all five groups, or one held within the last year lacked a group or did not track its actions.", "Eine gemeinsame Übung mit einem Werksszenario ist mit allen fünf Gruppen terminiert, oder eine im letzten Jahr abgehaltene Übung fand ohne eine der Gruppen oder ohne Nachverfolgung ihrer Aktionen statt."},
	{"A joint exercise on a plant scenario was held within the last year with all five groups, and its actions are tracked.", "Im letzten Jahr fand eine gemeinsame Übung mit einem Werksszenario und allen fünf Gruppen statt, und ihre Aktionen werden nachverfolgt."},
	// One-plant forms (questionLevelsSinglePlant).
	{"Someone acts as the owner in practice, but top management has not appointed them in writing for IT and the plant alike.", "Eine Person handelt faktisch als Verantwortliche/r, aber die oberste Leitung hat sie nicht schriftlich für die IT und das Werk gleichermaßen ernannt."},
	{"Top management has appointed one person in writing for IT and the plant, but the manual, the RACI or the leads do not all reflect it yet.", "Die oberste Leitung hat eine Person schriftlich für IT und Werk ernannt, aber Handbuch, RACI oder die Bereichsleitungen spiegeln das noch nicht alle wider."},
	{"The ISMS owner sits inside the IT team or the plant's own team, with no authority over the other side.", "Die ISMS-Verantwortung liegt im IT-Team oder im Team des Werks, ohne Befugnisse über die andere Seite."},
	{"The owner sits in one team and reaches the other side informally, through goodwill rather than a remit.", "Die verantwortliche Person sitzt in einem Team und erreicht die andere Seite nur informell, über Wohlwollen statt über ein Mandat."},
	{"A direct line to top management and a remit over IT and the plant are decided, but the owner does not yet act with them.", "Eine direkte Berichtslinie zur obersten Leitung und ein Mandat für IT und Werk sind beschlossen, aber die verantwortliche Person handelt noch nicht danach."},
	{"The owner answers to top management with a documented remit over corporate IT and the plant, and exercises it in both.", "Die verantwortliche Person berichtet an die oberste Leitung, hat ein dokumentiertes Mandat für die Unternehmens-IT und das Werk und nimmt es in beiden wahr."},
	{"Top management approved the policy, but its wording leaves the plant out.", "Die oberste Leitung hat die Politik genehmigt, aber ihr Wortlaut lässt das Werk aus."},
	{"A dated top-management approval, within the policy's review cycle, covers corporate IT and the plant, and the policy has been communicated at the plant.", "Eine datierte Genehmigung der obersten Leitung innerhalb des Überprüfungszyklus der Politik umfasst die Unternehmens-IT und das Werk, und die Politik wurde im Werk bekannt gemacht."},
	{"A resolution approves the measures, but it does not name those for the plant or refer to the risk treatment.", "Ein Beschluss genehmigt die Maßnahmen, nennt aber die für das Werk nicht oder verweist nicht auf die Risikobehandlung."},
}
