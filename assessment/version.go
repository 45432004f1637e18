package assessment

// ToolVersion is the version of the tool written into stored and exported
// records, so that a file can be traced to the build that produced it.
const ToolVersion = "1.0.0"
