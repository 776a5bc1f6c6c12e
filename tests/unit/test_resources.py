"""The reference data shipped in resources/ and its loader."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from codicefiscale.data import get_countries_data

from cotdesk import resources
from cotdesk.errors import CotdeskError
from cotdesk.resources import ResourceError

SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
SHARED_DATA = Path("/work/shared/data")


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    resources.clear_caches()
    yield
    resources.clear_caches()


@pytest.fixture
def broken_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of resources/ that the loaders read instead of the real one."""
    copy = tmp_path / "resources"
    shutil.copytree(resources.resources_dir(), copy)
    monkeypatch.setenv(resources.ENV_VAR, str(copy))
    return copy


def _rewrite_line(path: Path, line_number: int, edit: Callable[[str], str]) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[line_number - 1] = edit(lines[line_number - 1])
    path.write_text("".join(lines), encoding="utf-8")


# ---------------------------------------------------------------------------- location


def test_resources_dir_is_next_to_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(resources.ENV_VAR, raising=False)
    here = resources.resources_dir()
    assert here == Path(resources.__file__).resolve().parent.parent / "resources"
    assert (here / "reference" / "needs.csv").is_file()


def test_environment_variable_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    assert resources.resources_dir() == tmp_path


# ---------------------------------------------------------------------------- every file loads


LOADERS = [
    resources.intervention_areas,
    resources.partner_types,
    resources.needs,
    resources.specialisations,
    resources.districts,
    resources.languages,
    resources.countries,
    resources.demo_first_names,
    resources.demo_last_names,
    resources.demo_foreign_names,
]


@pytest.mark.parametrize("loader", LOADERS, ids=lambda f: f.__name__)
def test_every_file_loads_and_is_cached(loader: Callable[[], tuple[object, ...]]) -> None:
    first = loader()
    assert first
    assert loader() is first


def test_every_csv_is_utf8_without_bom_and_ends_with_newline() -> None:
    files = sorted(resources.resources_dir().glob("*/*.csv"))
    assert len(files) == 13
    for path in files:
        raw = path.read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf"), path
        raw.decode("utf-8")
        assert raw.endswith(b"\n"), path
        assert b"\r" not in raw, path


def test_shared_tables_are_copied_exactly() -> None:
    if not SHARED_DATA.is_dir():
        pytest.skip("shared design data not available on this machine")
    for name in ("intervention-areas.csv", "partner-types.csv"):
        shipped = resources.resources_dir() / "reference" / name
        assert shipped.read_bytes() == (SHARED_DATA / name).read_bytes(), name


# ---------------------------------------------------------------------------- reference content


def test_intervention_areas_match_the_seed() -> None:
    areas = {a.code: a for a in resources.intervention_areas()}
    assert list(areas) == [
        "minori",
        "disabilita",
        "anziani",
        "adulti_famiglie",
        "cultura_agricoltura",
    ]
    # The seed's per-area figures add up to 20,462 although it states a total of 21,462:
    # the data keeps the per-area figures as published.
    assert sum(a.users_reported_in_seed for a in areas.values()) == 20_462
    assert areas["disabilita"].label_it == "Servizi per persone con disabilità"


@pytest.mark.parametrize(
    "loader",
    [
        resources.intervention_areas,
        resources.partner_types,
        resources.needs,
        resources.specialisations,
        resources.districts,
    ],
    ids=lambda f: f.__name__,
)
def test_codes_are_unique_snake_case(loader: Callable[[], tuple[object, ...]]) -> None:
    codes = [getattr(record, "code") for record in loader()]  # noqa: B009
    assert len(codes) == len(set(codes))
    assert all(SNAKE.fullmatch(code) for code in codes), codes


def test_need_codes_are_unique_and_every_area_exists() -> None:
    areas = {a.code for a in resources.intervention_areas()}
    needs = resources.needs()
    assert len({n.code for n in needs}) == len(needs)
    assert {n.area_code for n in needs} == areas
    by_area = resources.needs_by_area()
    assert set(by_area) == areas
    for area, area_needs in by_area.items():
        assert 8 <= len(area_needs) <= 15, area
        assert all(n.area_code == area for n in area_needs)
    assert sum(len(v) for v in by_area.values()) == len(needs)


def test_nomenclatore_codes_are_either_empty_or_well_formed() -> None:
    for need in resources.needs():
        code = need.nomenclatore_code
        assert code is None or re.fullmatch(r"[A-Z]\d{1,2}(?:\.\d{1,2})?", code), need


def test_labels_use_real_accents_not_apostrophes() -> None:
    labels = [n.label_it + " " + n.description_it for n in resources.needs()]
    labels += [s.label_it for s in resources.specialisations()]
    text = " ".join(labels)
    assert "disabilità" in text
    assert "età" in text
    for wrong in ("a'", "e'", "i'", "o'", "u'"):
        assert f"{wrong} " not in text, wrong


def test_exactly_48_specialisations() -> None:
    specs = resources.specialisations()
    assert len(specs) == 48
    areas = {a.code for a in resources.intervention_areas()}
    assert {s.area_code for s in specs if s.area_code is not None} <= areas
    assert any(s.area_code is None for s in specs)
    assert {"assistente_sociale", "oss", "osa", "mediatore_culturale"} <= {s.code for s in specs}


def test_ten_districts_with_quartieri_and_postcodes() -> None:
    districts = resources.districts()
    assert len(districts) == 10
    codes = {d.code for d in districts}
    assert {"rm_m03", "rm_m05", "rm_m11"} <= codes  # the municipi named in the seeds
    for d in districts:
        assert d.city == "Roma"
        assert d.city_istat_code == "058091"
        assert d.label_it.startswith("Municipio ")
        assert len(d.quartieri) >= 3
        assert 2 <= len(d.postcodes) <= 3
        assert all(cap.startswith("001") for cap in d.postcodes), d


def test_languages_are_iso_639_1() -> None:
    langs = {lang.code: lang.label_it for lang in resources.languages()}
    assert len(langs) >= 25
    assert all(re.fullmatch(r"[a-z]{2}", code) for code in langs)
    assert langs["it"] == "italiano"
    assert {"ar", "ro", "bn", "tl", "zh", "uk", "ti", "wo"} <= set(langs)


def test_every_belfiore_code_is_an_active_foreign_state_of_codicefiscale() -> None:
    anpr = {c["code"]: c for c in get_countries_data() if c["active"]}
    countries = resources.countries()
    assert len(countries) >= 30
    italy = [c for c in countries if c.code == "IT"]
    assert len(italy) == 1
    assert italy[0].belfiore_code is None
    for country in countries:
        if country.code == "IT":
            continue
        assert country.belfiore_code in anpr, country
    # spot checks against codes known by heart
    by_code = {c.code: c.belfiore_code for c in countries}
    assert by_code["RO"] == "Z129"
    assert by_code["AL"] == "Z100"
    assert by_code["BD"] == "Z249"
    assert by_code["MA"] == "Z330"


# ---------------------------------------------------------------------------- demo material


def test_italian_first_names() -> None:
    names = resources.demo_first_names()
    males = [n for n in names if n.sex == "M"]
    females = [n for n in names if n.sex == "F"]
    assert 220 <= len(males) <= 300
    assert 220 <= len(females) <= 300
    assert all(n.weight > 0 for n in names)
    assert max(males, key=lambda n: n.weight).name == "Giuseppe"
    assert max(females, key=lambda n: n.weight).name == "Maria"
    assert {"Nicolò", "Anna Maria"} <= {n.name for n in names}


def test_italian_last_names_include_particles_and_accents() -> None:
    names = {n.name for n in resources.demo_last_names()}
    assert 750 <= len(names) <= 1000
    assert {"D'Angelo", "Dell'Orto", "De Luca", "Lo Russo", "Di Pietro", "La Rosa"} <= names
    assert {"Dall'Olio", "Dell'Aquila"} <= names
    assert any(ch in name for name in names for ch in "àèéìòù")
    assert all(name == name.strip() and name[0].isupper() for name in names)


def test_foreign_communities() -> None:
    communities = {c.country: c for c in resources.demo_foreign_names()}
    assert {"RO", "PH", "BD", "CN", "UA", "AL", "EG", "MA", "PE", "IN", "LK", "PL"} <= set(
        communities
    )
    assert {"MD", "NG", "SN", "ER"} <= set(communities)
    countries = {c.code for c in resources.countries()}
    languages = {lang.code for lang in resources.languages()}
    for community in communities.values():
        assert community.country in countries
        assert community.weight > 0
        assert set(community.languages) <= languages
        for sex in ("M", "F"):
            assert len(community.first_names(sex)) >= 10
            assert len(community.last_names(sex)) >= 10
    india = communities["IN"]
    assert "Kaur" in india.last_names("F")
    assert "Kaur" not in india.last_names("M")
    poland = communities["PL"]
    assert "Kowalska" in poland.female_last_names
    assert "Kowalski" in poland.male_last_names
    assert "Nowak" in poland.female_last_names
    assert "Nowak" in poland.male_last_names


def test_streets_for_every_district() -> None:
    streets = resources.demo_streets()
    assert set(streets) == {d.code for d in resources.districts()}
    for district, names in streets.items():
        assert len(names) >= 15, district
        assert len(set(names)) == len(names), district
    assert "Via della Magliana" in streets["rm_m11"]


def test_demo_files_stay_small() -> None:
    total = sum(p.stat().st_size for p in (resources.resources_dir() / "demo").glob("*.csv"))
    assert total < 300_000


# ---------------------------------------------------------------------------- damaged files


def test_missing_file_names_it(broken_copy: Path) -> None:
    (broken_copy / "reference" / "needs.csv").unlink()
    with pytest.raises(CotdeskError) as caught:
        resources.needs()
    assert str(caught.value) == (
        "File di riferimento mancante: resources/reference/needs.csv. Reinstallare cotdesk."
    )


def test_short_row_gives_file_and_line(broken_copy: Path) -> None:
    path = broken_copy / "reference" / "needs.csv"
    # keep only the code: the row lacks area_code and everything after it
    _rewrite_line(path, 12, lambda line: line.split(",", 1)[0] + "\n")
    with pytest.raises(ResourceError) as caught:
        resources.needs()
    error = caught.value
    assert isinstance(error, CotdeskError)
    assert str(error) == (
        "File di riferimento danneggiato: resources/reference/needs.csv, riga 12: "
        "manca la colonna area_code. Reinstallare cotdesk."
    )
    assert error.line == 12
    assert error.rel_path == "reference/needs.csv"


def test_unknown_area_gives_the_line(broken_copy: Path) -> None:
    path = broken_copy / "reference" / "needs.csv"
    _rewrite_line(path, 5, lambda line: line.replace(",minori,", ",bambini,", 1))
    with pytest.raises(ResourceError, match=r"needs\.csv, riga 5: .*'bambini'"):
        resources.needs()


def test_duplicate_code_gives_the_line(broken_copy: Path) -> None:
    path = broken_copy / "reference" / "specialisations.csv"
    _rewrite_line(path, 3, lambda line: "assistente_sociale," + line.split(",", 1)[1])
    with pytest.raises(ResourceError, match=r"specialisations\.csv, riga 3: valore ripetuto"):
        resources.specialisations()


def test_missing_header_column(broken_copy: Path) -> None:
    path = broken_copy / "reference" / "districts.csv"
    _rewrite_line(path, 1, lambda line: line.replace("postcodes", "cap"))
    with pytest.raises(ResourceError, match=r"districts\.csv, riga 1: manca la colonna postcodes"):
        resources.districts()


def test_bad_belfiore_code(broken_copy: Path) -> None:
    path = broken_copy / "reference" / "countries.csv"
    _rewrite_line(path, 3, lambda line: line.rsplit(",", 1)[0] + ",X129\n")
    with pytest.raises(ResourceError, match=r"countries\.csv, riga 3: codice Belfiore non valido"):
        resources.countries()


def test_not_utf8_gives_the_line(broken_copy: Path) -> None:
    path = broken_copy / "reference" / "languages.csv"
    raw = path.read_bytes().replace(b"italiano", "itali\xe0no".encode("latin-1"), 1)
    path.write_bytes(raw)
    with pytest.raises(ResourceError, match=r"languages\.csv, riga 2: .*UTF-8"):
        resources.languages()


def test_non_numeric_weight(broken_copy: Path) -> None:
    path = broken_copy / "demo" / "last-names-it.csv"
    _rewrite_line(path, 4, lambda line: line.split(",")[0] + ",molti\n")
    with pytest.raises(ResourceError, match=r"last-names-it\.csv, riga 4: numero non valido"):
        resources.demo_last_names()


def test_street_of_unknown_district(broken_copy: Path) -> None:
    path = broken_copy / "demo" / "streets-rome.csv"
    _rewrite_line(path, 2, lambda line: line.replace("rm_m03", "rm_m99"))
    with pytest.raises(ResourceError, match=r"streets-rome\.csv, riga 2: .*'rm_m99'"):
        resources.demo_streets()


def test_quoted_multiline_field_reports_the_physical_line(broken_copy: Path) -> None:
    path = broken_copy / "reference" / "languages.csv"
    text = path.read_text(encoding="utf-8").replace("en,inglese\n", 'en,"ing\nlese"\n', 1)
    text = text.replace("fr,francese\n", "fr,\n", 1)  # now on physical line 5
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ResourceError, match=r"languages\.csv, riga 5: la colonna label_it è vuota"):
        resources.languages()
