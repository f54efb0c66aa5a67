package bleve_test

import (
	"fmt"
	"slices"

	"github.com/blevesearch/bleve/v2"

	arabicbleve "github.com/go-arabic/arabic/integrations/bleve"
)

// An index whose default analyzer is this module's: a word finds its forms
// with clitics (وليبيا, وقال, لإنهاء), the article and a plural.
func Example() {
	mapping := bleve.NewIndexMapping()
	mapping.DefaultAnalyzer = arabicbleve.AnalyzerName
	index, err := bleve.NewMemOnly(mapping)
	if err != nil {
		panic(err)
	}
	docs := map[string]string{
		"1": "وقال بومبيو إن واشنطن تريد العمل مع روسيا",
		"2": "ونريد التعاون لإنهاء الصراع في ليبيا",
		"3": "وتحاول قوات حفتر الاستيلاء على طرابلس، وليبيا منقسمة",
	}
	for id, text := range docs {
		if err := index.Index(id, map[string]string{"text": text}); err != nil {
			panic(err)
		}
	}
	for _, q := range []string{"ليبيا", "قال", "الصراعات", "إنهاء"} {
		res, err := index.Search(bleve.NewSearchRequest(bleve.NewMatchQuery(q)))
		if err != nil {
			panic(err)
		}
		var ids []string
		for _, hit := range res.Hits {
			ids = append(ids, hit.ID)
		}
		slices.Sort(ids)
		fmt.Println(q, ids)
	}
	// Output:
	// ليبيا [2 3]
	// قال [1]
	// الصراعات [2]
	// إنهاء [2]
}

// The analyzer alone: the terms it indexes for a text, with their byte
// offsets in the text.
func ExampleAnalyzer() {
	for _, t := range (arabicbleve.Analyzer{}).Analyze([]byte("وأكَّد الرئيس التركي للصحفيين")) {
		fmt.Println(t.Start, t.End, string(t.Term))
	}
	// Output:
	// 0 12 اكد
	// 13 25 رئيس
	// 26 38 تركي
	// 39 55 صحفي
}
