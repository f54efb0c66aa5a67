module github.com/go-arabic/arabic

go 1.25.0

require golang.org/x/text v0.41.0
