package bleve_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"

	arabicbleve "github.com/go-arabic/arabic/integrations/bleve"
)

// paragraphs returns the non-empty lines of the golden article, numbered
// from 1: the documents of the test indexes.
func paragraphs(t *testing.T) []string {
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var ps []string
	for line := range strings.Lines(string(b)) {
		if strings.TrimSpace(line) != "" {
			ps = append(ps, line)
		}
	}
	return ps
}

// queries are the test's queries with the paragraphs of the article that
// are relevant to each: those that hold the query's word in any form,
// judged by hand (the lead engineer, 2026-11-29) by reading the article;
// an adjective made from a noun (الإماراتي from الإمارات, مسلحة beside
// أسلحة) is another word and is not counted.
var queries = []struct {
	kind, q  string
	relevant []int
}{
	{"bare word, clitic forms", "طرابلس", []int{7, 8, 9, 15, 19, 20}},
	{"bare word, clitic forms", "حفتر", []int{8, 13, 15, 18, 19, 20, 21}},
	{"bare word, clitic forms", "روسيا", []int{3, 4, 12, 13}},
	{"bare word, clitic forms", "ليبيا", []int{1, 3, 4, 5, 12, 13, 14, 17, 18, 19, 20, 21}},
	{"bare word, clitic forms", "حكومة", []int{17, 18, 19, 20, 21}},
	{"bare word, clitic forms", "صراع", []int{1, 3, 4, 13, 20}},
	{"alef and hamza", "الامارات", []int{8}},
	{"alef and hamza", "اردوغان", []int{17, 18}},
	{"alef and hamza", "اسلحة", []int{5, 9}},
	{"diacritized", "مُسَيَّرَة", []int{10}},
	{"diacritized", "وِزَارَة", []int{3, 19}},
	{"diacritized", "عَسْكَرِيّ", []int{3, 12, 15, 20}},
}

func index(t *testing.T, analyzer string, docs []string) bleve.Index {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = analyzer
	ix, err := bleve.NewMemOnly(m)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range docs {
		if err := ix.Index(strconv.Itoa(i+1), map[string]any{"text": d}); err != nil {
			t.Fatal(err)
		}
	}
	return ix
}

// hits returns the paragraphs that the match query q finds.
func hits(t *testing.T, ix bleve.Index, q string) []int {
	req := bleve.NewSearchRequestOptions(bleve.NewMatchQuery(q), 100, 0, false)
	res, err := ix.Search(req)
	if err != nil {
		t.Fatal(err)
	}
	var ps []int
	for _, h := range res.Hits {
		n, _ := strconv.Atoi(h.ID)
		ps = append(ps, n)
	}
	slices.Sort(ps)
	return ps
}

// TestRelevantHits indexes the article's paragraphs with bleve's Arabic
// analyzer and with this module's, and checks that ours finds at least as
// many relevant paragraphs on every query, and more in all.
func TestRelevantHits(t *testing.T) {
	docs := paragraphs(t)
	theirs, ours := index(t, ar.AnalyzerName, docs), index(t, arabicbleve.AnalyzerName, docs)
	var table strings.Builder
	fmt.Fprintf(&table, "%-24s %-10s %8s %14s %14s\n", "query kind", "query", "relevant", "bleve ar", "arabic_go")
	var totalOurs, totalTheirs, falseOurs, falseTheirs, relevant int
	for _, q := range queries {
		o, th := hits(t, ours, q.q), hits(t, theirs, q.q)
		ro, fo := score(o, q.relevant)
		rt, ft := score(th, q.relevant)
		fmt.Fprintf(&table, "%-24s %-10s %8d %8d (+%d) %8d (+%d)\n", q.kind, q.q, len(q.relevant), rt, ft, ro, fo)
		totalOurs, totalTheirs, falseOurs, falseTheirs = totalOurs+ro, totalTheirs+rt, falseOurs+fo, falseTheirs+ft
		relevant += len(q.relevant)
		if ro < rt {
			t.Errorf("%s: ours finds %d relevant paragraphs %v, bleve's %d %v", q.q, ro, o, rt, th)
		}
	}
	fmt.Fprintf(&table, "%-35s %8d %8d (+%d) %8d (+%d)\n", "total (relevant found, +others)", relevant, totalTheirs, falseTheirs, totalOurs, falseOurs)
	t.Log("\n" + table.String())
	if totalOurs <= totalTheirs {
		t.Errorf("ours finds %d relevant paragraphs in all, bleve's %d; want more", totalOurs, totalTheirs)
	}
}

// score counts the hits that are relevant and those that are not.
func score(hits, relevant []int) (found, others int) {
	for _, h := range hits {
		if slices.Contains(relevant, h) {
			found++
		} else {
			others++
		}
	}
	return found, others
}
