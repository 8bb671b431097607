package entity

import "strings"

// The gazetteers below are small, hand-written lists of names whose type
// capitalisation alone cannot tell: countries and their demonyms, large
// cities and regions, news agencies and outlets, and the words that mark a
// name as an organisation, a facility or an event. They hold general world
// knowledge, not anything of one story.

// countries maps a country's common names to its canonical name.
var countries = aliasTable(`
Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh
Belarus|Belgium|Bolivia|Bosnia|Brazil|Bulgaria|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo
Croatia|Cuba|Cyprus|Czech Republic=Czechia|Czechia|Denmark|Ecuador|Egypt|Eritrea|Estonia|Ethiopia|Finland|France
Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland
Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya
Lithuania|Luxembourg|Malaysia|Mali|Malta|Mexico|Moldova|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma=Myanmar
Nepal|Netherlands|Holland=Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|South Korea|Norway|Oman|Pakistan
Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Russian Federation=Russia|Rwanda
Saudi Arabia|Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|Spain|Sri Lanka|Sudan|South Sudan
Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine
United Arab Emirates|UAE=United Arab Emirates|United Kingdom|UK=United Kingdom|Britain=United Kingdom|Great Britain=United Kingdom
United States|US=United States|U.S.=United States|USA=United States|U.S.A.=United States|America=United States
Korea|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Soviet Union|USSR=Soviet Union|Vatican|Scotland|Wales|England
Democratic People's Republic of Korea=North Korea|DPRK=North Korea|Republic of Korea=South Korea|ROK=South Korea
People's Republic of China=China|PRC=China|Islamic Republic of Iran=Iran
`)

// demonyms maps an adjective of nationality to its country.
var demonyms = aliasTable(`
Afghan=Afghanistan|Albanian=Albania|Algerian=Algeria|American=United States|Argentine=Argentina|Argentinian=Argentina
Armenian=Armenia|Australian=Australia|Austrian=Austria|Belarusian=Belarus|Belgian=Belgium|Brazilian=Brazil
British=United Kingdom|Bulgarian=Bulgaria|Canadian=Canada|Chilean=Chile|Chinese=China|Colombian=Colombia
Croatian=Croatia|Cuban=Cuba|Czech=Czechia|Danish=Denmark|Dutch=Netherlands|Egyptian=Egypt|English=England
Estonian=Estonia|Ethiopian=Ethiopia|Finnish=Finland|French=France|Georgian=Georgia|German=Germany
Greek=Greece|Hungarian=Hungary|Indian=India|Indonesian=Indonesia|Iranian=Iran|Iraqi=Iraq|Irish=Ireland
Israeli=Israel|Italian=Italy|Japanese=Japan|Jordanian=Jordan|Kazakh=Kazakhstan|Kenyan=Kenya|Korean=Korea
North Korean=North Korea|South Korean=South Korea|Kuwaiti=Kuwait|Latvian=Latvia|Lebanese=Lebanon|Libyan=Libya
Lithuanian=Lithuania|Malaysian=Malaysia|Mexican=Mexico|Mongolian=Mongolia|Moroccan=Morocco|Nigerian=Nigeria
Norwegian=Norway|Pakistani=Pakistan|Palestinian=Palestine|Filipino=Philippines|Polish=Poland|Portuguese=Portugal
Qatari=Qatar|Romanian=Romania|Russian=Russia|Saudi=Saudi Arabia|Scottish=Scotland|Serbian=Serbia
Singaporean=Singapore|Slovak=Slovakia|Somali=Somalia|Spanish=Spain|Sudanese=Sudan|Swedish=Sweden|Swiss=Switzerland
Syrian=Syria|Taiwanese=Taiwan|Thai=Thailand|Turkish=Turkey|Ukrainian=Ukraine|Venezuelan=Venezuela
Vietnamese=Vietnam|Welsh=Wales|Yemeni=Yemen|Soviet=Soviet Union|European=Europe|Western=West
`)

// places are cities, regions and other places that are not countries.
var places = aliasTable(`
Africa|Asia|Europe|Latin America|Middle East|Far East|Asia Pacific|Asia-Pacific|Pacific|Atlantic|Arctic|Antarctica
Crimea|Donbas|Kashmir|Gaza|West Bank|Siberia|Balkans|Caucasus|Korean Peninsula|Sahara|Scandinavia|West
Moscow|Kyiv|Kiev=Kyiv|Beijing|Tokyo|Seoul|Pyongyang|Washington|New York|London|Paris|Berlin|Rome|Madrid
Brussels|Geneva|Vienna|Warsaw|Tehran|Baghdad|Damascus|Jerusalem|Tel Aviv|Cairo|Istanbul|Ankara|Delhi|New Delhi
Mumbai|Karachi|Islamabad|Kabul|Bangkok|Hanoi|Manila|Jakarta|Sydney|Canberra|Ottawa|Toronto|Montreal|Mexico City
Los Angeles|Chicago|San Francisco|Boston|Miami|Houston|Dallas|Atlanta|Seattle|Hong Kong|Shanghai|Taipei|Dubai
Riyadh|Doha|Vladivostok|St Petersburg|Saint Petersburg|Minsk|Kharkiv|Odesa|Odessa=Odesa|Mariupol|Sevastopol
California|Texas|Florida|Ohio|Iowa|Nevada|Virginia|Michigan|Pennsylvania|Wisconsin|Arizona|Colorado|Alabama
South Carolina|North Carolina|New Hampshire|New Jersey|Massachusetts|Illinois|Oregon|Hawaii|Alaska|Connecticut
Manhattan|Brooklyn|Hollywood|Malibu|Silicon Valley|Wall Street|Capitol Hill|Ground Zero
`)

// outlets are news agencies and outlets with their short forms.
var outlets = aliasTable(`
Reuters|Associated Press|AP=Associated Press|Agence France-Presse|AFP=Agence France-Presse|Bloomberg|Xinhua
TASS|RIA Novosti|RIA News=RIA Novosti|RIA=RIA Novosti|Interfax|Yonhap|Kyodo|Korean Central News Agency|KCNA=Korean Central News Agency
BBC|CNN|ABC News|CBS News|NBC News|Fox News|Sky News|Al Jazeera|Al Jazeera English=Al Jazeera|NPR|PBS|MSNBC
The New York Times|New York Times|The Washington Post|Washington Post|The Wall Street Journal|Wall Street Journal
The Guardian|Guardian|The Times|Financial Times|The Economist|Politico|Axios|USA Today|Breitbart|Huffington Post
The Straits Times|Straits Times|Daily Mail|The Telegraph|Der Spiegel|Le Monde|NHK
`)

// orgWords mark a name as an organisation when they appear in it.
var orgWords = wordSet(`agency ministry department council university college school institute party committee
commission association corporation corp corp. inc inc. ltd company co group bank army navy force forces police
parliament congress senate assembly court union federation league foundation fund club church office bureau
board authority administration government news times post journal press network tribune herald media
organization organisation nations campaign coalition alliance centre center society service services guard`)

// facilityWords mark a name as a facility (type other).
var facilityWords = wordSet(`cosmodrome airport station bridge stadium hospital port base plant factory
spaceport prison palace tower dam harbour harbor square hall arena`)

// eventWords mark a name as an event (type other).
var eventWords = wordSet(`summit war olympics games forum election elections festival cup championship
conference crisis revolution massacre attack storm hurricane`)

// placeWords mark a name as a place.
var placeWords = wordSet(`city county province region state island islands river mountain mountains sea ocean
valley peninsula bay gulf lake street avenue district`)

// titles are the words of a title or role before a person's name. The
// lower-case ones (leader, spokesman) mark a person as much as the upper.
var titles = wordSet(`president vice prime minister premier chancellor leader chairman chairwoman chair
secretary general spokesman spokeswoman spokesperson ambassador envoy governor mayor senator sen sen.
representative rep rep. gov gov. mr mr. mrs mrs. ms ms. dr dr. prof prof. professor king queen prince princess
pope sheikh emperor commander admiral colonel col col. captain capt lieutenant lt sergeant sgt judge justice
director chief officer minister's deputy foreign defence defense interior finance state supreme top former
first lady sir dame lord lady rev reverend father sister brother cardinal bishop rabbi imam sheriff attorney
ceo founder chairman's dictator ruler monarch tsar czar researcher analyst expert official actor actress
singer star manager coach player`)

// headTitles are the titles that make a person a leader of a country, so
// that "the Russian leader" can refer to a president.
var headTitles = wordSet(`president leader chairman premier chancellor king queen emperor dictator ruler
monarch tsar czar`)

// honorifics are titles that stand before a bare surname ("Mr Kim").
var honorifics = wordSet(`mr mr. mrs mrs. ms ms. dr dr. sen sen. rep rep. gov gov. prof prof. president
sir dame lord lady`)

// genericTail are common plurals that a style may capitalise after a name
// ("UN Security Council Resolutions") without making them part of it.
var genericTail = wordSet(`resolutions sanctions officials leaders talks troops lawmakers negotiators
diplomats envoys delegates statements spokesmen sources ties relations members staff`)

// officeWords after "the" and a bare name mark that name as a person's:
// "the Biden administration", "the Kim regime".
var officeWords = wordSet(`administration presidency regime premiership`)

// notNames are capitalised words that start sentences or name days and
// months: they are never entities on their own.
var notNames = wordSet(`the a an this that these those it its he she they we i you his her their our my your
in on at for from to of by with as but and or if when while after before during since until because although
though there here what who which where why how some many most all both each every no not yes also however
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december mr mrs ms dr according asked read follow said says earlier later
meanwhile today yesterday tomorrow tonight then now so than just even still only more less last next
following despite among dear under over about into through amid against without within regarding`)

func aliasTable(s string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(s, "\n") {
		for _, f := range strings.Split(line, "|") {
			f = strings.TrimSpace(f)
			if f == "" {
				continue
			}
			name, canon, ok := strings.Cut(f, "=")
			if !ok {
				canon = name
			}
			m[foldKey(name)] = canon
		}
	}
	return m
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// orgs are organisations other than news outlets, with their short forms.
var orgs = aliasTable(`
United Nations|UN=United Nations|U.N.=United Nations|NATO|European Union|EU=European Union|IAEA|OPEC|WHO=World Health Organization
World Health Organization|UN Security Council|U.N. Security Council=UN Security Council|Security Council=UN Security Council
State Department|US State Department=State Department|U.S. State Department=State Department|Pentagon|Kremlin|White House
Congress|Senate|House of Representatives|Supreme Court|FBI|CIA|NSA|G7|G20|IMF|World Bank|Red Cross|Hamas|Hezbollah|Taliban
Islamic State|ISIS=Islamic State|ISIL=Islamic State|Republican Party|Democratic Party|GOP=Republican Party|Wagner Group|Wagner
`)

// homeCountry maps the seats of governments and the state media that speak
// for them to their country: "the Kremlin" and a Russian minister are one
// side when they give the same words, not two speakers in conflict.
var homeCountry = aliasTable(`
Kremlin=Russia|White House=United States|Pentagon=United States|State Department=United States
Downing Street=United Kingdom|Foreign Office=United Kingdom|Elysee=France|Élysée=France|Blue House=South Korea
Zhongnanhai=China|Korean Central News Agency=North Korea|Xinhua=China|TASS=Russia|RIA Novosti=Russia
`)

// IsTitle reports whether a word (any case) is a title or role word that
// stands before a person's name ("Governor", "Chief", "Prime Minister").
func IsTitle(word string) bool { return titles[strings.ToLower(word)] }
