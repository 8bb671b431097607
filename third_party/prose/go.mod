module github.com/jdkato/prose/v3

go 1.25
