package assessment

// PLACEHOLDER: the content helper replaces this file with the full bank.

var areas = []Area{
	{ID: "GOV", Title: "Accountability and governance", Intro: "Who owns the management system and can settle IT/OT conflicts."},
}

var seedPoints = []SeedPoint{
	{ID: "single-accountable-owner", Summary: "One accountable ISMS owner at enterprise level."},
}

var questions = []Question{
	{ID: "GOV-01", Area: "GOV", Text: "Is one named person accountable for the whole ISMS?", Why: "Placeholder.", Good: "Placeholder.", Seed: "single-accountable-owner", Applies: AppliesBoth, Weight: 3, InterfaceRisk: 2},
}
