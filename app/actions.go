package app

import (
	"github.com/isms-tools/ownership-assessment/assessment"
)

// Views never touch storage: they post these actions (ctx.NewActionWithValue)
// and Root, which owns the store and the open assessment, handles them on the
// UI goroutine. Passing callbacks down as exported func fields instead would
// make every child re-render on every update (go-app compares exported fields
// with reflect.DeepEqual, and funcs are never equal).
const (
	actNew           = "isms.new"            // nil: create an assessment and open its profile
	actOpen          = "isms.open"           // string id: open on the profile view
	actGo            = "isms.go"             // Route: navigate (pushes a history entry)
	actRename        = "isms.rename"         // Rename
	actDuplicate     = "isms.duplicate"      // string id
	actDelete        = "isms.delete"         // string id (the view has asked for confirmation)
	actUndo          = "isms.undo"           // nil: undo the last delete or import
	actProfile       = "isms.profile"        // assessment.Profile of the open assessment
	actAnswer        = "isms.answer"         // AnswerChange
	actRACI          = "isms.raci"           // RACIChange
	actPreset        = "isms.preset"         // PresetChoice
	actExport        = "isms.export"         // string id ("" = the open assessment)
	actExportAll     = "isms.export-all"     // nil
	actImportFile    = "isms.import-file"    // FileData: parse and preview
	actImportConfirm = "isms.import-confirm" // nil: apply the previewed import
	actImportCancel  = "isms.import-cancel"  // nil
	actNotice        = "isms.notice"         // Notice to show (e.g. a file that could not be read)
	actDismiss       = "isms.dismiss"        // nil: hide the notice
	actReloadOpen    = "isms.reload-open"    // nil: conflict resolved by loading the other window's version
	actKeepMine      = "isms.keep-mine"      // nil: conflict resolved by keeping this window's version
	actQuarantineGet = "isms.quarantine-get" // string quarantine key: download the kept copy
	actQuarantineDel = "isms.quarantine-del" // string quarantine key: discard it (after confirmation)
	actPrint         = "isms.print"          // nil: open the browser's print dialog
)

// Rename is the payload of actRename.
type Rename struct {
	ID   string
	Name string
}

// AnswerChange is the payload of actAnswer: the whole new answer to one
// question (rating, note, owner and target date together).
type AnswerChange struct {
	Question string
	Answer   assessment.Answer
}

// RACIChange is the payload of actRACI: one letter for one role in one row.
type RACIChange struct {
	Key    assessment.CellKey
	Role   assessment.Role
	Letter assessment.Letter
}

// PresetChoice is the payload of actPreset.
type PresetChoice struct {
	Model     string
	Overwrite bool // false keeps the rows the user already filled
}

// FileData is a file the user picked or dropped.
type FileData struct {
	Name string
	Data []byte
}

// NoticeKind sets the look and the urgency of a Notice.
type NoticeKind string

// Notice kinds.
const (
	NoticeInfo    NoticeKind = "info"
	NoticeSuccess NoticeKind = "success"
	NoticeError   NoticeKind = "error"
)

// Notice is a message shown at the top of the page until dismissed or
// replaced. Every error the user must know of ends up here, never only in
// the console.
type Notice struct {
	Kind    NoticeKind
	Text    string
	Details []string // e.g. the problems of an imported file, with line and column
	Undo    bool     // offer the undo button
}
