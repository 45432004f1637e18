package l10n

// deCommon is the German of the words every area uses: roles, domains and
// the maturity scale. Other parts reuse these keys rather than repeat them.
var deCommon = []pair{
	// Roles (assessment.RoleLabel).
	{"Executive sponsor", "Sponsor aus der Geschäftsleitung"},
	{"ISMS owner (CISO / risk)", "ISMS-Verantwortliche/r (CISO / Risiko)"},
	{"Site / plant director", "Standort- / Werkleitung"},
	{"IT lead", "IT-Leitung"},
	{"OT / automation lead", "OT- / Automatisierungsleitung"},
	{"Plant operations", "Produktion / Anlagenbetrieb"},
	{"Maintenance & engineering", "Instandhaltung & Technik"},
	{"Quality & validation", "Qualität & Validierung"},
	{"EHS / process safety", "EHS / Prozesssicherheit"},
	{"Legal & compliance", "Recht & Compliance"},
	{"Data protection officer", "Datenschutzbeauftragte/r"},
	{"HR", "Personalwesen"},
	{"Procurement", "Einkauf"},
	{"System integrator / vendor", "Systemintegrator / Lieferant"},
	{"Consultant / assessor", "Berater/in / Assessor/in"},

	// Domains (assessment.DomainLabel).
	{"Corporate IT", "Unternehmens-IT"},
	{"Plant OT", "Werks-OT"},
	{"Shared infrastructure", "Gemeinsame Infrastruktur"},

	// The maturity scale (assessment.Rating.Label).
	{"Not in place", "Nicht vorhanden"},
	{"Initial", "Ansatzweise"},
	{"Defined", "Festgelegt"},
	{"Implemented", "Umgesetzt"},
	{"Reviewed and improved", "Überprüft und verbessert"},
	{"Not applicable", "Nicht anwendbar"},
	{"Unknown", "Unbekannt"},
	{"Not answered", "Nicht beantwortet"},
	{"the executive sponsor", "der Sponsor aus der Geschäftsleitung"},
	{"the ISMS owner", "die/der ISMS-Verantwortliche"},
	{"the site director", "die Werkleitung"},
	{"the IT lead", "die IT-Leitung"},
	{"the OT lead", "die OT-Leitung"},
	{"\u201c%s\u201d stands for %s", "\u201e%s\u201c steht für %s"},
	{"In the findings and actions, %s.", "In den Feststellungen und Aktionen: %s."},
}
