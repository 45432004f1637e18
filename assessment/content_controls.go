package assessment

// PLACEHOLDER: the content helper replaces this file with all 93 controls.

var controls = []Control{
	{ID: "5.1", Theme: ThemeOrganizational, Label: "Security policies", Relevance: RelevanceMedium, OTNote: "Placeholder."},
}
