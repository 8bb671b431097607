module github.com/kljensen/snowball

go 1.19
