package htmldate

import (
	_ "embed"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	dateutilparser "github.com/markusmobius/go-dateutil/v2/parser"
)

type dateutilEnvironment struct {
	location   *time.Location
	timezone   dateutilparser.LocalTimezone
	parserYear int
}

var localDateutilEnvironment = newDateutilEnvironment(localDateLocation())

func localDateLocation() *time.Location {
	if name, configured := os.LookupEnv("TZ"); configured {
		if name == "" {
			return time.UTC
		}
		if location, err := time.LoadLocation(strings.TrimPrefix(name, ":")); err == nil {
			return location
		}
	}
	return time.Local
}

func newDateutilEnvironment(location *time.Location) dateutilEnvironment {
	year := time.Now().In(location).Year()
	standardName, standardOffset := time.Date(year, 1, 1, 12, 0, 0, 0, location).Zone()
	daylightName, daylightOffset := time.Date(year, 7, 1, 12, 0, 0, 0, location).Zone()
	if standardOffset > daylightOffset {
		standardName, daylightName = daylightName, standardName
		standardOffset, daylightOffset = daylightOffset, standardOffset
	}
	return dateutilEnvironment{
		location: location,
		timezone: dateutilparser.LocalTimezone{
			StandardName: standardName, DaylightName: daylightName,
			StandardOffset: standardOffset, DaylightOffset: daylightOffset,
			IsDST: func(instant time.Time) bool { return instant.In(location).IsDST() },
		},
		parserYear: year,
	}
}

// parseTimezoneCode returns the location for the specified timezone code.
func parseTimezoneCode(tzCode string) *time.Location {
	// If it's equal to Z, it's UTC
	tzCode = strings.ToUpper(tzCode)
	if tzCode == "Z" {
		return time.UTC
	}

	// Try ISO timezone format
	parts := rxTzCode.FindStringSubmatch(tzCode)
	if len(parts) > 0 {
		hour, _ := strconv.Atoi(parts[2])
		minute, _ := strconv.Atoi(parts[3])

		offset := hour*3_600 + minute*60
		if parts[1] == "-" {
			offset *= -1
		}

		return time.FixedZone(tzCode, offset)
	}

	// If nothing found, return nil
	return nil
}

// findNamedTimezone looks for known named timezone from the string.00
func findNamedTimezone(str string) *time.Location {
	for _, s := range strings.Fields(str) {
		if offset, exist := mapTimezoneNames()[s]; exist {
			return time.FixedZone(s, offset)
		}
	}
	return nil
}

// mapTimezoneNames contains list of common timezone names. Unfortunately, there are
// some timezones with same name e.g. MST is used for Malaysia Standard Time and
// Mountain Standard Time in North America. In these cases, we have no choice but only
// use one.
//
// crosscheck: the table is read from timezones.tsv on first use instead of
// being built at start-up (CROSSCHECK.md).
var mapTimezoneNames = sync.OnceValue(func() map[string]int {
	m := make(map[string]int, 600)
	for _, line := range strings.Split(timezonesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.SplitN(line, "\t", 3)
		if len(fields) < 2 {
			panic("htmldate: bad line in timezones.tsv: " + line)
		}
		offset, err := strconv.Atoi(fields[1])
		if err != nil {
			panic("htmldate: bad offset in timezones.tsv: " + line)
		}
		m[fields[0]] = offset
	}
	return m
})

//go:embed timezones.tsv
var timezonesTSV string
