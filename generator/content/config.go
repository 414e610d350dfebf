package content

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"net/url"
	"os"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fokus/generator/diag"
)

// ConfigFile is the site configuration's path in the source folder.
const ConfigFile = "fokus.toml"

// Config is fokus.toml with every default filled in.
type Config struct {
	Doc
	Title        string
	BaseURL      string
	Language     string
	Timezone     string
	Location     *time.Location
	Period       string
	ReviewEvery  int // days
	AssessWithin int // days
	ScoringModel string
	Paper        string
	Orientation  string
	Theme        string
	UnsafeHTML   bool
	Rules        map[string]string // rule code → "off" | "warning" | "error"
}

// DefaultConfig is the configuration of a site without fokus.toml.
func DefaultConfig() *Config {
	return &Config{
		Doc:          Doc{Path: ConfigFile},
		Title:        "fokus",
		BaseURL:      "/",
		Language:     "de",
		Timezone:     "Europe/Zurich",
		Location:     mustZurich(),
		ReviewEvery:  14,
		AssessWithin: 30,
		ScoringModel: "wsjf",
		Paper:        "A4",
		Orientation:  "portrait",
		Theme:        "default",
		Rules:        map[string]string{},
	}
}

// hugoConfigs are the files Hugo reads its settings from, which LoadConfig
// warns are not read.
var hugoConfigs = []string{"hugo.toml", "config.toml", "hugo.yaml", "config.yaml"}

// themeFolders are a theme's folders, which Hugo reads at the top of a
// site and LoadConfig warns are not read there: one list, so that the
// preview watches what a build warns about.
var themeFolders = []string{"layouts", "i18n", "templates"}

// ReadAtTop reports whether an entry of the source folder's top level of
// that name is one LoadConfig reads or warns about: fokus.toml, in any
// letter case, Hugo's settings files, and the theme's folders that Hugo
// reads at the top. A preview reads the settings again when one comes or
// goes, so that it warns as a build does at once (QA: a layouts/ made while
// it ran was not said to be ignored until another file was saved).
func ReadAtTop(name string) bool {
	return strings.EqualFold(name, ConfigFile) || slices.Contains(hugoConfigs, name) || slices.Contains(themeFolders, name)
}

// ignoredAtTop warns of what people put into a site's folder that fokus
// does not read (QA, theme author and newcomer): Fokus.toml, which macOS
// and Windows would read and Linux would not; a theme's folders at the top,
// as Hugo reads layouts/ and i18n/ there. (An edited copy of the built-in
// theme is generator.editedDefault.)
func ignoredAtTop(fsys fs.FS) diag.List {
	var out diag.List
	warn := func(path, msg string) {
		out = append(out, diag.Diagnostic{Path: path, Line: 1, Col: 1, Severity: diag.Warning, Message: msg})
	}
	entries, _ := fs.ReadDir(fsys, ".")
	for _, e := range entries {
		switch name := e.Name(); {
		case name != ConfigFile && strings.EqualFold(name, ConfigFile):
			warn(name, "ignored: fokus reads its settings from "+ConfigFile+", in small letters; rename it (macOS and Windows would read it, Linux does not)")
		case e.IsDir() && slices.Contains(themeFolders, name):
			warn(name+"/", "ignored: templates and labels are a theme's, in themes/<name>/templates/ and themes/<name>/i18n/; copy the built-in theme's files you change there and set theme = \"<name>\" in "+ConfigFile+" (see docs/themes.md)")
		}
	}
	return out
}

func mustZurich() *time.Location {
	loc, err := time.LoadLocation("Europe/Zurich")
	if err != nil {
		return time.UTC // no zone database: fall back rather than fail every build
	}
	return loc
}

// LoadConfig reads fokus.toml from fsys; a missing file gives the defaults.
func LoadConfig(fsys fs.FS) (*Config, diag.List) {
	cfg := DefaultConfig()
	var diags diag.List
	for _, other := range hugoConfigs {
		if info, err := fs.Stat(fsys, other); err == nil && info.Mode().IsRegular() {
			diags = append(diags, diag.Diagnostic{Path: other, Line: 1, Col: 1, Severity: diag.Warning,
				Message: "ignored: fokus reads its settings from " + ConfigFile + " (title, base_url, language, timezone, period, …; see the README)"})
		}
	}
	diags = append(diags, ignoredAtTop(fsys)...)
	data, err := fs.ReadFile(fsys, ConfigFile)
	if errors.Is(err, fs.ErrNotExist) {
		return cfg, diags
	}
	if err != nil {
		diags.Errorf(ConfigFile, 1, 1, "cannot read: %v", err)
		return cfg, diags
	}
	if isUTF16(data) {
		diags.Errorf(ConfigFile, 1, 1, "%s", utf16Message)
		return cfg, diags
	}
	data = LineEnds(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	if !utf8.Valid(data) {
		line, col := invalidUTF8At(data)
		diags.Errorf(ConfigFile, line, col, notUTF8Message)
		return cfg, diags
	}
	src := Source{Front: string(data), FrontLine: 1}
	m, ok := decodeTOML(ConfigFile, src, &diags, hintFor{config: true})
	if !ok {
		// Which scoring model the site meant is unknown: scores are not
		// checked against a guess, which would only add false errors.
		cfg.ScoringModel = ""
		return cfg, diags
	}
	d := &decoder{path: ConfigFile, pos: newPositions(src.Front, 1), diags: &diags, tz: time.UTC}
	cfg.pos = d.pos
	t := &table{d: d, m: m, kind: ConfigFile}
	if v := t.str("title", false); v != "" {
		cfg.Title = v
	}
	if v := t.str("base_url", false); v != "" {
		if err := CheckBaseURL(v); err != nil {
			d.errorf(d.pos.at("base_url"), "base_url %v", err)
		} else {
			cfg.BaseURL = v
		}
	}
	if v := strings.ToLower(t.str("language", false)); len(v) > 2 && (v[:3] == "de-" || v[:3] == "de_" || v[:3] == "en-" || v[:3] == "en_") {
		// A language tag with a region (Hugo's languageCode): fokus has
		// one German and one English.
		d.errorf(d.pos.at("language"), "language %q: fokus's interface text is \"de\" or \"en\", without a region; write %q", t.str("language", false), v[:2])
		cfg.Language = v[:2]
	} else if code, ok := languageNames[v]; ok {
		// The language as people name it (QA: "Deutsch" was told only
		// the two codes).
		d.errorf(d.pos.at("language"), "language %q: fokus names the language of its interface text by its code; write %q", t.str("language", false), code)
		cfg.Language = code
	} else {
		cfg.Language = oneOf(t, "language", cfg.Language, "de", "en")
	}
	if v := t.str("timezone", false); v != "" {
		loc, err := time.LoadLocation(v)
		spelt := zoneSpelling(v)
		us, named := namedZones[strings.ToLower(strings.Join(strings.Fields(v), " "))]
		switch {
		case named && err == nil && us.fixed != "" && v == strings.ToUpper(v):
			// EST and MST are in the database, as UTC-5 and UTC-7 all
			// year: New York's and Denver's clocks change in summer.
			msg := fmt.Sprintf("time zone %q is UTC%s all year, without summer time; for %s write %q", v, us.fixed, us.name, us.iana)
			if us.allYear != "" {
				// Arizona keeps MST all year: told only Denver's zone, a
				// site in Phoenix would run an hour off all summer.
				msg += fmt.Sprintf(", and for %s, which keeps it all year, %q", us.allYearIn, us.allYear)
			}
			d.warnf(d.pos.at("timezone"), "%s", msg)
			cfg.Timezone, cfg.Location = v, loc
		case named:
			// A US zone as Americans name it, or as Windows does
			// (tzutil /g): "Eastern Standard Time" (QA: told to use an
			// IANA name such as "Europe/Zurich"). Also "est", which a Mac
			// reads as EST.
			d.errorf(d.pos.at("timezone"), "unknown time zone %q; write %q, the IANA name of %s", v, us.iana, us.name)
		case spelt != "" && strings.EqualFold(spelt, v):
			// Also where it loads: a Mac reads the zone's file in any case.
			d.errorf(d.pos.at("timezone"), "time zone %q is written %q, with capitals as the IANA database writes it (macOS reads it either way, Linux and Windows do not)", v, spelt)
		case err != nil && spelt != "":
			d.errorf(d.pos.at("timezone"), "unknown time zone %q; write %q", v, spelt)
		case err != nil && utcOffset.MatchString(strings.TrimSpace(v)):
			// UTC+1, as a calendar shows the zone (QA: told only to use an
			// IANA name). Etc/GMT-1 is UTC+1: POSIX reverses the sign.
			g := utcOffset.FindStringSubmatch(strings.TrimSpace(v))
			sign := map[string]string{"+": "-", "-": "+", "−": "+"}[g[1]]
			d.errorf(d.pos.at("timezone"), "unknown time zone %q; name the zone by its city, as \"Europe/Zurich\", which also knows when summer time begins; a fixed offset is written \"Etc/GMT%s%s\" (its sign reversed, as POSIX has it)",
				v, sign, strings.TrimLeft(g[2], "0"))
		case err != nil && halfOffset.MatchString(strings.TrimSpace(v)):
			// +05:30, India's time: Etc/GMT has whole hours only, and the
			// hint above would name a zone that is not there.
			g := halfOffset.FindStringSubmatch(strings.TrimSpace(v))
			hours := g[2]
			if len(hours) == 1 {
				hours = "0" + hours
			}
			offset := strings.ReplaceAll(g[1], "−", "-") + hours + ":" + g[3]
			if zones := offsetZones[offset]; zones != "" {
				d.errorf(d.pos.at("timezone"), "unknown time zone %q; name the zone by its city: UTC%s is %s", v, offset, zones)
			} else {
				d.errorf(d.pos.at("timezone"), "unknown time zone %q; name the zone by its city, as \"Asia/Kolkata\" for UTC+05:30", v)
			}
		case strings.EqualFold(strings.TrimSpace(v), "IST"):
			// Three countries' abbreviation, none in the database.
			d.errorf(d.pos.at("timezone"), "unknown time zone %q; IST is India's, Ireland's and Israel's: write \"Asia/Kolkata\", \"Europe/Dublin\" or \"Asia/Jerusalem\"", v)
		case strings.EqualFold(v, "Local"):
			// Go's name for the machine's own zone: the same source would
			// give other dates on another machine.
			d.errorf(d.pos.at("timezone"), "timezone %q is the zone of the machine that builds, so the site would change from machine to machine; use an IANA name such as \"Europe/Zurich\"", v)
		case err != nil:
			d.errorf(d.pos.at("timezone"), "unknown time zone %q; use an IANA name such as \"Europe/Zurich\"", v)
		default:
			cfg.Timezone, cfg.Location = v, loc
		}
	}
	cfg.Period = strings.TrimSpace(t.str("period", false))
	cfg.ReviewEvery = days(t, "review_every", cfg.ReviewEvery)
	cfg.AssessWithin = days(t, "assess_within", cfg.AssessWithin)
	if s := t.sub("scoring", "[scoring]"); s != nil {
		before := len(diags)
		cfg.ScoringModel = oneOf(s, "model", cfg.ScoringModel, "wsjf", "rice", "ice")
		if len(diags) > before {
			cfg.ScoringModel = "" // a typo: no scores are checked against a guess
		}
		s.unknown("model")
	}
	if p := t.sub("poster", "[poster]"); p != nil {
		if v, _ := p.m["paper"].(string); paperName.MatchString(v) && !strings.EqualFold(v, "letter") {
			// As macOS's print dialog names it, or by its size (QA: "US
			// Letter" was told the three names only).
			d.errorf(d.pos.at("poster.paper"), "poster.paper %q is written \"letter\"", v)
			cfg.Paper = "letter"
		} else {
			cfg.Paper = oneOf(p, "paper", cfg.Paper, "A4", "A3", "letter")
		}
		cfg.Orientation = oneOf(p, "orientation", cfg.Orientation, "portrait", "landscape")
		p.unknown("paper", "orientation")
	}
	if v := t.str("theme", false); v != "" {
		if strings.ContainsAny(v, `/\`) || v == "." || v == ".." {
			d.errorf(d.pos.at("theme"), "theme is the name of a folder in themes/ (theme = \"mine\" for themes/mine/), not a path: %q", v)
		} else {
			cfg.Theme = v
		}
	}
	cfg.UnsafeHTML, _ = t.boolean("unsafe_html")
	if r := t.sub("rules", "[rules]"); r != nil {
		for k := range r.m {
			if slices.Contains(configKeys, k) {
				r.unknownKey(k, nil) // a setting written below [rules]
				continue
			}
			cfg.Rules[k] = oneOf(r, k, "warning", "off", "warning", "error")
		}
	}
	t.unknown(configKeys...)
	return cfg, diags
}

// namedZone is a time zone as namedZones has it: the IANA name of the city
// whose clocks it follows and the zone's name ("US Eastern time"); for
// EST and MST, which the database has as fixed offsets, that offset, and
// where a state keeps it all year, the state and the IANA name of its zone.
type namedZone struct{ iana, name, fixed, allYearIn, allYear string }

// namedZones are the US time zones as people and Windows name them, and
// other zones as Windows names them (tzutil /g), in small letters.
var namedZones = func() map[string]namedZone {
	m := map[string]namedZone{}
	for _, z := range []struct {
		namedZone
		names []string
	}{
		{namedZone{"America/New_York", "US Eastern time", "-5", "", ""}, []string{"eastern", "eastern time", "et", "est", "edt", "eastern standard time", "eastern daylight time", "us eastern time"}},
		{namedZone{"America/Chicago", "US Central time", "", "", ""}, []string{"central", "central time", "ct", "cst", "cdt", "central standard time", "central daylight time", "us central time"}},
		{namedZone{"America/Denver", "US Mountain time", "-7", "Arizona", "America/Phoenix"}, []string{"mountain", "mountain time", "mt", "mst", "mdt", "mountain standard time", "mountain daylight time", "us mountain time"}},
		{namedZone{"America/Los_Angeles", "US Pacific time", "", "", ""}, []string{"pacific", "pacific time", "pt", "pst", "pdt", "pacific standard time", "pacific daylight time", "us pacific time"}},
		{namedZone{"America/Anchorage", "US Alaska time", "", "", ""}, []string{"alaska", "alaska time", "akst", "akdt", "alaskan standard time"}},
		{namedZone{"Pacific/Honolulu", "US Hawaii time", "", "", ""}, []string{"hawaii", "hawaii time", "hawaiian standard time"}},
		// Windows's names of the zones of Arizona and of Indiana, which
		// keep no summer time or follow New York's (review: told to use
		// an IANA name such as "Europe/Zurich").
		{namedZone{"America/Phoenix", "Arizona's time, Mountain Standard Time all year", "", "", ""}, []string{"arizona", "arizona time", "us mountain standard time"}},
		{namedZone{"America/Indiana/Indianapolis", "Indiana's Eastern time", "", "", ""}, []string{"us eastern standard time"}},
		// Europe's and Asia's zones as Windows names them: a German or
		// Indian office's machine says "W. Europe Standard Time" or
		// "India Standard Time" (told only to use an IANA name).
		{namedZone{"Europe/Berlin", "W. Europe Standard Time (or your city's: \"Europe/Zurich\", \"Europe/Vienna\", \"Europe/Amsterdam\", …)", "", "", ""}, []string{"w. europe standard time", "w. europe daylight time"}},
		{namedZone{"Europe/Paris", "Romance Standard Time (or your city's: \"Europe/Brussels\", \"Europe/Madrid\", \"Europe/Copenhagen\")", "", "", ""}, []string{"romance standard time", "romance daylight time"}},
		{namedZone{"Europe/Budapest", "Central Europe Standard Time (or your city's: \"Europe/Prague\", \"Europe/Belgrade\", …)", "", "", ""}, []string{"central europe standard time", "central europe daylight time"}},
		{namedZone{"Europe/Warsaw", "Central European Standard Time (or your city's: \"Europe/Zagreb\", …)", "", "", ""}, []string{"central european standard time", "central european daylight time"}},
		{namedZone{"Europe/London", "GMT Standard Time (or your city's: \"Europe/Dublin\", \"Europe/Lisbon\")", "", "", ""}, []string{"gmt standard time", "gmt daylight time"}},
		{namedZone{"Europe/Helsinki", "FLE Standard Time (or your city's: \"Europe/Kyiv\", \"Europe/Riga\", …)", "", "", ""}, []string{"fle standard time", "fle daylight time"}},
		{namedZone{"Europe/Bucharest", "GTB Standard Time (or \"Europe/Athens\")", "", "", ""}, []string{"gtb standard time", "gtb daylight time"}},
		{namedZone{"Asia/Kolkata", "India Standard Time", "", "", ""}, []string{"india standard time"}},
		{namedZone{"Asia/Shanghai", "China Standard Time", "", "", ""}, []string{"china standard time"}},
		{namedZone{"Asia/Tokyo", "Tokyo Standard Time", "", "", ""}, []string{"tokyo standard time"}},
		{namedZone{"Asia/Singapore", "Singapore Standard Time", "", "", ""}, []string{"singapore standard time"}},
		{namedZone{"Australia/Sydney", "AUS Eastern Standard Time (or your city's: \"Australia/Melbourne\", …)", "", "", ""}, []string{"aus eastern standard time"}},
	} {
		for _, n := range z.names {
			u := z.namedZone
			if n != "est" && n != "mst" { // (the only ones the database has)
				u.fixed, u.allYearIn, u.allYear = "", "", ""
			}
			m[n] = u
		}
	}
	return m
}()

// paperName is US Letter as print dialogs and people name it: "US
// Letter", "Letter (8.5 x 11 in)", "8.5x11", "letter size".
var paperName = regexp.MustCompile(`(?i)^\s*(?:(?:us|u\.s\.|north american)[ -]?)?letter(?:[ -]?size)?(?:\s*\(?\s*8[.,]5\s*[x×]\s*11(?:\s*(?:in|inch|inches|"|″))?\s*\)?)?\s*$|^\s*8[.,]5\s*(?:in|"|″)?\s*[x×]\s*11\s*(?:in|inch|inches|"|″)?\s*$`)

// utcOffset is a time zone written as its offset from UTC: UTC+1, GMT-05,
// +01:00. Etc/GMT has whole hours of 1 to 14.
var utcOffset = regexp.MustCompile(`^(?i:UTC|GMT)?\s*([+\-−])\s*(0?[1-9]|1[0-4])(?::?00)?$`)

// halfOffset is a time zone written as an offset from UTC of whole hours
// and 30 or 45 minutes: +05:30, UTC+5:30, GMT+0545.
var halfOffset = regexp.MustCompile(`^(?i:UTC|GMT)?\s*([+\-−])\s*(0?[0-9]|1[0-4]):?(30|45)$`)

// offsetZones are the zones, by their standard offset from UTC, whose
// offset is not of whole hours.
var offsetZones = map[string]string{
	"-09:30": `"Pacific/Marquesas"`,
	"-03:30": `"America/St_Johns" (Newfoundland)`,
	"+03:30": `"Asia/Tehran" (Iran)`,
	"+04:30": `"Asia/Kabul" (Afghanistan)`,
	"+05:30": `"Asia/Kolkata" (India) or "Asia/Colombo" (Sri Lanka)`,
	"+05:45": `"Asia/Kathmandu" (Nepal)`,
	"+06:30": `"Asia/Yangon" (Myanmar)`,
	"+08:45": `"Australia/Eucla"`,
	"+09:30": `"Australia/Adelaide" (South Australia, with summer time) or "Australia/Darwin" (Northern Territory)`,
	"+10:30": `"Australia/Lord_Howe"`,
	"+12:45": `"Pacific/Chatham"`,
}

// zoneSpelling is the IANA name of the time zone that v writes in small
// or capital letters only ("europe/zurich"), or names by its city alone
// ("Zürich", "new york"), when the zone database has it; "" when v is
// written as the database writes it, or stands for no zone found so.
func zoneSpelling(v string) string {
	name := strings.Join(strings.Fields(v), "_")
	name = strings.NewReplacer("ä", "a", "ö", "o", "ü", "u", "é", "e", "è", "e", "Ä", "A", "Ö", "O", "Ü", "U").Replace(name)
	lower := strings.ToLower(name) == name
	upperPath := strings.ToUpper(name) == name && strings.Contains(name, "/")
	if name == v && !lower && !upperPath {
		if _, err := time.LoadLocation(v); err == nil {
			// A Mac's file system finds Europe/Zurich's file by the name
			// "Europe/zurich" too, which Linux and Windows do not load.
			if file := zoneFile(systemZoneDirs(), v); file != "" && file != v {
				return file
			}
			return "" // as the database writes it, or an abbreviation (CET)
		}
	}
	// Each part with a capital, as most names are written (New_York,
	// Port-Au-Prince is not, and is not found).
	r := []rune(strings.ToLower(name))
	for i := range r {
		if i == 0 || strings.ContainsRune("/_-", r[i-1]) {
			r[i] = unicode.ToUpper(r[i])
		}
	}
	// As written but for spaces around it ("Etc/GMT-1 "); and Etc's
	// names in capitals, as the database writes them (etc/gmt-1).
	candidates := []string{name, string(r)}
	if rest, ok := strings.CutPrefix(strings.ToLower(name), "etc/"); ok {
		candidates = append(candidates, "Etc/"+strings.ToUpper(rest))
	}
	if !strings.Contains(name, "/") {
		candidates = append(candidates, strings.ToUpper(name)) // utc, cet
		for _, area := range []string{"Europe", "America", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian"} {
			candidates = append(candidates, area+"/"+string(r))
		}
	}
	for _, c := range candidates {
		// "Local" loads as the machine's own zone, which fokus.toml may
		// not name: "local" is not told to write it.
		if _, err := time.LoadLocation(c); err == nil && c != v && c != "Local" {
			return c
		}
	}
	return ""
}

// systemZoneDirs are the folders of the machine's zone database that Go
// reads before the one fokus carries (time.LoadLocation).
func systemZoneDirs() []fs.FS {
	var dirs []fs.FS
	for _, d := range []string{"/usr/share/zoneinfo", "/usr/share/lib/zoneinfo", "/usr/lib/locale/TZ", "/etc/zoneinfo"} {
		if info, err := os.Stat(d); err == nil && info.IsDir() {
			dirs = append(dirs, os.DirFS(d))
		}
	}
	return dirs
}

// zoneFile is the name of the zone file that name finds in the first of
// dirs that has one, spelt as the folder lists it; "" when none has it.
// The name may differ from name in case only, on a file system that
// ignores case.
func zoneFile(dirs []fs.FS, name string) string {
	for _, fsys := range dirs {
		dir, found := ".", []string{}
		for part := range strings.SplitSeq(name, "/") {
			entries, err := fs.ReadDir(fsys, dir)
			if err != nil {
				break
			}
			match := ""
			for _, e := range entries {
				if e.Name() == part {
					match = part
					break
				}
				if match == "" && strings.EqualFold(e.Name(), part) {
					match = e.Name()
				}
			}
			if match == "" {
				break
			}
			found = append(found, match)
			dir = path.Join(dir, match)
		}
		if len(found) == strings.Count(name, "/")+1 {
			return strings.Join(found, "/")
		}
	}
	return ""
}

// configKeys are the settings of fokus.toml outside its tables.
var configKeys = []string{"title", "base_url", "language", "timezone", "period", "review_every", "assess_within",
	"scoring", "poster", "theme", "unsafe_html", "rules"}

// RulePos returns where rule code is configured in [rules], for diagnostics.
func (c *Config) RulePos(code string) Pos { return c.pos.keyAt("rules." + code) }

// ModelPos is where fokus.toml sets [scoring] model, and false (at 1:1)
// when it does not: the site scores with the default.
func (c *Config) ModelPos() (Pos, bool) {
	if c.pos == nil {
		return Pos{1, 1}, false
	}
	p, ok := c.pos.load()["scoring.model"]
	if !ok {
		return Pos{1, 1}, false
	}
	return p, true
}

// languageNames are the two languages as their names are written, in
// small letters, with their codes.
var languageNames = map[string]string{"deutsch": "de", "german": "de", "englisch": "en", "english": "en"}

func oneOf(t *table, key, def string, allowed ...string) string {
	v := t.str(key, false)
	if raw, isString := t.m[key].(string); v == "" && !(isString && raw == "") {
		return def // not set, or not a string (said by str)
	}
	// An empty value set is a mistake like any other (QA: rules.x = ""
	// passed as "warning").
	for _, a := range allowed {
		if strings.EqualFold(a, v) {
			return a
		}
	}
	if w := settingWords[strings.ToLower(strings.TrimSpace(v))]; slices.Contains(allowed, w) {
		t.d.errorf(t.d.pos.at(t.path(key)), "%s must be one of %s, not %q; write %q", t.label(key), quoteAll(allowed), v, w)
		return def
	}
	t.d.errorf(t.d.pos.at(t.path(key)), "%s must be one of %s, not %q", t.label(key), quoteAll(allowed), v)
	return def
}

// settingWords are a poster's settings as a German print dialog or an
// office names them, in small letters, with fokus's word for each (QA:
// orientation = "hoch" was told only the words it takes).
var settingWords = map[string]string{
	"hoch": "portrait", "hochformat": "portrait", "hochkant": "portrait", "vertical": "portrait", "vertikal": "portrait",
	"quer": "landscape", "querformat": "landscape", "horizontal": "landscape",
	"din a4": "A4", "din-a4": "A4", "din a3": "A3", "din-a3": "A3", "us letter": "letter", "us-letter": "letter",
}

func quoteAll(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, ", ")
}

var durationRE = regexp.MustCompile(`^\s*(\d+)\s*([dDwW])\s*$`)

// days reads a duration such as "14d" or "2w" (or a bare number of days).
func days(t *table, key string, def int) int {
	v, ok := t.m[key]
	if !ok {
		return def
	}
	switch v := v.(type) {
	case int64:
		if v > 0 {
			return int(v)
		}
		t.d.errorf(t.d.pos.at(key), "%s must be at least one day, not %d", key, v)
		return def
	case float64:
		// 14.0 is 14 days; 1.5 is no number of days.
		if v >= 1 && v == math.Trunc(v) && v <= math.MaxInt32 {
			return int(v)
		}
		t.d.errorf(t.d.pos.at(key), "%s must be a whole number of days, at least one, like 14 or \"14d\", not %g", key, v)
		return def
	case string:
		if m := durationRE.FindStringSubmatch(v); m != nil {
			n, _ := strconv.Atoi(m[1])
			if m[2] == "w" || m[2] == "W" {
				n *= 7
			}
			if n > 0 {
				return n
			}
			t.d.errorf(t.d.pos.at(key), "%s must be at least one day, not %q", key, v)
			return def
		}
	}
	what, write := describe(v), ""
	if text, ok := v.(string); ok {
		what = fmt.Sprintf("%q", text) // a string, as "14d" is: its form is what is wrong
		write = spokenDuration(text)
	}
	if write != "" {
		t.d.errorf(t.d.pos.at(key), "%s must be a duration in days like \"14d\", not %s; write %s = %q", key, what, key, write)
		return def
	}
	t.d.errorf(t.d.pos.at(key), "%s must be a duration in days like \"14d\" (or weeks, \"2w\", or a number of days, 14, without quotes), not %s", key, what)
	return def
}

// spokenDuration is a duration said in words, "14 Tage", "2 Wochen",
// "monthly", as fokus writes it ("14d", "2w", "30d"), or "" (QA: told only
// the forms there are).
func spokenDuration(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if w, ok := durationWords[s]; ok {
		return w
	}
	g := spokenDays.FindStringSubmatch(s)
	if g == nil {
		return ""
	}
	unit := "d"
	if strings.HasPrefix(g[2], "w") {
		unit = "w"
	}
	return g[1] + unit
}

var (
	// spokenDays is a number of days or weeks in words: "14 Tage", "2
	// weeks", "alle 3 Wochen".
	spokenDays = regexp.MustCompile(`^(?:alle |every )?([1-9][0-9]{0,3}) ?(tage?n?|days?|wochen?|weeks?|wk)$`)
	// durationWords are a review's rhythm said in words.
	durationWords = map[string]string{
		"weekly": "7d", "wöchentlich": "7d", "woechentlich": "7d", "jede woche": "7d", "every week": "7d",
		"biweekly": "14d", "fortnightly": "14d", "zweiwöchentlich": "14d", "alle zwei wochen": "14d", "every two weeks": "14d", "every other week": "14d",
		"monthly": "30d", "monatlich": "30d", "jeden monat": "30d", "every month": "30d",
		// A month as a number of them (QA: "1 month" was told only the
		// forms there are), and twice a month.
		"1 month": "30d", "a month": "30d", "one month": "30d", "1 mo": "30d", "1mo": "30d", "1m": "30d",
		"1 monat": "30d", "ein monat": "30d", "twice a month": "15d", "semimonthly": "15d", "semi-monthly": "15d",
	}
)

// CheckBaseURL says what is wrong with a base_url: it is where the site is
// hosted, an absolute http(s) URL (which QR codes and the feed need) or a
// path from the server's root. Anything else, "javascript:…" or a host name
// without a scheme, would silently lose the posters' QR codes.
func CheckBaseURL(base string) error {
	u, err := url.Parse(base)
	if err != nil {
		return fmt.Errorf("%q is not a URL: %v", base, errors.Unwrap(err))
	}
	path := u.Scheme == "" && u.Host == "" && strings.HasPrefix(base, "/")
	web := (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
	switch {
	case !path && !web:
		return fmt.Errorf("%q is neither an http(s) address nor a path starting with \"/\"; write e.g. \"https://intranet.example.com/fokus/\"", base)
	case strings.ContainsAny(base, " \t<>\"`{}|\\^"):
		// url.Parse lets them pass; a QR code or a feed reader would not.
		return fmt.Errorf("%q has characters that an address cannot hold as they are (a space, <, >, quotes); write them percent-encoded, %%20 for a space", base)
	case u.RawQuery != "" || u.ForceQuery || u.Fragment != "":
		return fmt.Errorf("%q has a query or a fragment (?…, #…); fokus adds the pages' paths to base_url, so give the address of the site's folder", base)
	case strings.ContainsFunc(base, func(r rune) bool { return unicode.In(r, unicode.Cc, unicode.Cf) }):
		// Invisible, or turning the text around it (U+202E): a poster
		// would print an address that is not the one it reads as (security
		// review).
		return fmt.Errorf("%+q has characters that do not show or that turn the text's direction; write the address without them", base)
	case u.User != nil:
		// Printed on every door and in every QR code (QA).
		return fmt.Errorf("%q has a user name or password (…@); every poster would print it, so give the address without it", base)
	case u.Port() != "" && !validPort(u.Port()):
		return fmt.Errorf("%q has no port number from 1 to 65535 after its host", base)
	case strings.Contains(u.EscapedPath(), "//"): // not %2F%2F, a name's two slashes
		return fmt.Errorf("%q has an empty folder (//) in its path; write each / once", base)
	case pageFile.MatchString(u.Path):
		// The pages' paths are added to it: …/index.html/teams/.
		return fmt.Errorf("%q names a page; fokus adds the pages' paths to base_url, so give the site's folder: %q", base, base[:strings.LastIndex(base, "/")+1])
	}
	return nil
}

// pageFile is a path that ends in a web page's file name.
var pageFile = regexp.MustCompile(`(?i)/[^/]+\.(html?|php|aspx?|jsp)$`)

// validPort reports whether p is a port number from 1 to 65535.
func validPort(p string) bool {
	n, err := strconv.Atoi(p)
	return err == nil && n >= 1 && n <= 65535
}
