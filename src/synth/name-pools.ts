/**
 * Invented-person building blocks for synthetic data: common given and family
 * names, towns and streets of several locales, each in its native script.
 * Names are combined at random, so generated persons are fictional; names of
 * well-known people were kept out of the pools where they would pair up.
 */
import {
  arabicRomaniser,
  romaniseBulgarian,
  romaniseGreek,
  romaniseRussian,
  romaniseSerbian,
  romaniseUkrainian,
  type Romaniser,
} from './romanise.ts';

/** The ISO 15924 codes of the scripts the pools are written in. */
export type PoolScript = 'Latn' | 'Cyrl' | 'Grek' | 'Arab';

/** A town: its name in the locale's script, latitude and longitude (WGS 84). */
export type Place = readonly [name: string, lat: number, lon: number];

/** The names, towns and conventions of one country's population. */
export interface NameLocale {
  /** A language-country tag, e.g. `de-DE`. */
  tag: string;
  /** ISO 3166-1 alpha-2 country code. */
  country: string;
  /** ISO 15924 script the names are written in. */
  script: PoolScript;
  /** Relative share of the locale among generated persons. */
  weight: number;
  female: readonly string[];
  male: readonly string[];
  /** Family names in their masculine (or only) form. */
  family: readonly string[];
  /** How many family names a person bears: two in Spain and Portugal. */
  familyNames: 1 | 2;
  /** The form of a family name borne by a woman, where it differs (Nowak → Nowak, Kowalski → Kowalska). */
  feminine?: (family: string) => string;
  /** Romanisation into Latin script; present exactly when `script` is not `Latn`. */
  romanise?: Romaniser;
  places: readonly Place[];
  streets: readonly string[];
  /** True where the house number comes before the street (`12 rue de la Gare`). */
  houseNumberFirst?: boolean;
  /** Postal code pattern, `#` standing for a digit. */
  postalCode: string;
}

const w = (words: string): string[] => words.trim().split(/\s+/);

const slavicFeminine = (name: string): string => {
  if (name.endsWith('ький')) return name.slice(0, -2) + 'а'; // Ukrainian: Ковальський → Ковальська
  if (/[сц]кий$/u.test(name)) return name.slice(0, -2) + 'ая'; // Russian: Полянский → Полянская
  if (/[сц]ки$/u.test(name)) return name.slice(0, -1) + 'а'; // Bulgarian: -ски → -ска
  if (/(ов|ев|ёв|ин|ын|ін)$/u.test(name)) return name + 'а';
  return name;
};

const polishFeminine = (name: string): string => name.replace(/(ski|cki|dzki)$/, (m) => m.slice(0, -1) + 'a');

const czechFeminine = (name: string): string => {
  if (name.endsWith('ý')) return name.slice(0, -1) + 'á';
  if (name.endsWith('a')) return name.slice(0, -1) + 'ová';
  if (name.endsWith('ek')) return name.slice(0, -2) + 'ková';
  if (name.endsWith('ec')) return name.slice(0, -2) + 'cová';
  return name + 'ová';
};

const greekFeminine = (name: string): string =>
  name
    .replace(/όπουλος$/u, 'οπούλου')
    .replace(/([ίά])δης$/u, '$1δου')
    .replace(/([ηή]|[αά])ς$/u, '$1')
    .replace(/ός$/u, 'ού')
    .replace(/ος$/u, 'ου');

// Arabic names with their usual Latin spelling, so that romanisation reads naturally.
const AR_FEMALE: [string, string][] = [
  ['فاطمة', 'Fatima'], ['مريم', 'Maryam'], ['عائشة', 'Aisha'], ['خديجة', 'Khadija'], ['زينب', 'Zainab'], ['نور', 'Nour'],
  ['ليلى', 'Layla'], ['سارة', 'Sara'], ['هدى', 'Huda'], ['أمل', 'Amal'], ['سلمى', 'Salma'], ['ياسمين', 'Yasmin'],
  ['دينا', 'Dina'], ['هالة', 'Hala'], ['منى', 'Mona'], ['نادية', 'Nadia'], ['سميرة', 'Samira'], ['لينا', 'Lina'],
  ['رشا', 'Rasha'], ['إيمان', 'Iman'], ['أسماء', 'Asma'], ['رقية', 'Ruqayya'], ['رنا', 'Rana'], ['دعاء', 'Duaa'],
  ['آية', 'Aya'], ['حنان', 'Hanan'], ['سناء', 'Sanaa'], ['لمى', 'Lama'], ['غادة', 'Ghada'],
];
const AR_MALE: [string, string][] = [
  ['محمد', 'Mohammad'], ['أحمد', 'Ahmad'], ['علي', 'Ali'], ['عمر', 'Omar'], ['يوسف', 'Yousef'], ['خالد', 'Khaled'],
  ['إبراهيم', 'Ibrahim'], ['حسن', 'Hasan'], ['حسين', 'Hussein'], ['مصطفى', 'Mustafa'], ['عبدالله', 'Abdullah'],
  ['سعيد', 'Saeed'], ['كريم', 'Karim'], ['طارق', 'Tareq'], ['سامي', 'Sami'], ['ماجد', 'Majed'], ['فادي', 'Fadi'],
  ['رامي', 'Rami'], ['وليد', 'Walid'], ['هشام', 'Hisham'], ['عادل', 'Adel'], ['بلال', 'Bilal'], ['زياد', 'Ziad'],
  ['مراد', 'Murad'], ['أنس', 'Anas'], ['حمزة', 'Hamza'], ['باسل', 'Basel'], ['عماد', 'Imad'], ['نبيل', 'Nabil'],
];
const AR_FAMILY: [string, string][] = [
  ['الحسن', 'Al-Hassan'], ['المصري', 'Al-Masri'], ['الخطيب', 'Al-Khatib'], ['حداد', 'Haddad'], ['منصور', 'Mansour'],
  ['سليمان', 'Suleiman'], ['عثمان', 'Othman'], ['الشامي', 'Al-Shami'], ['النجار', 'Al-Najjar'], ['الحلبي', 'Al-Halabi'],
  ['الزين', 'Al-Zein'], ['الصالح', 'Al-Saleh'], ['قاسم', 'Qasem'], ['عيسى', 'Issa'], ['حمدان', 'Hamdan'],
  ['البدوي', 'Al-Badawi'], ['الفارس', 'Al-Fares'], ['الخوري', 'Al-Khoury'], ['موسى', 'Mousa'], ['صبري', 'Sabri'],
  ['جابر', 'Jaber'], ['العمري', 'Al-Omari'], ['الرفاعي', 'Al-Rifai'], ['التميمي', 'Al-Tamimi'], ['الزعبي', 'Al-Zoubi'],
  ['المومني', 'Al-Momani'], ['الطراونة', 'Al-Tarawneh'], ['بني هاني', 'Bani Hani'], ['الخالدي', 'Al-Khalidi'],
  ['عبيدات', 'Obeidat'], ['النعيمي', 'Al-Nuaimi'], ['حجازي', 'Hijazi'], ['يعقوب', 'Yacoub'], ['الكردي', 'Al-Kurdi'],
  ['سلامة', 'Salameh'], ['عودة', 'Odeh'], ['خليل', 'Khalil'], ['شحادة', 'Shehadeh'],
];

/** The locales persons are drawn from; weights sum to 100. */
export const LOCALES: readonly NameLocale[] = [
  {
    tag: 'de-DE', country: 'DE', script: 'Latn', weight: 14, familyNames: 1, postalCode: '#####',
    female: w('Anna Lena Sophie Marie Lea Hannah Laura Julia Katharina Jana Sabine Ute Birgit Petra Claudia Susanne Anke Kerstin Bärbel Dörte Käthe Jördis Franziska Johanna Charlotte Frieda Greta Mareike'),
    male: w('Jürgen Jörg Björn Günther Uwe Klaus Stefan Andreas Michael Matthias Tobias Florian Lukas Jonas Maximilian Felix Paul Niklas Sebastian Tim Jan Dieter Wolfgang Horst Rüdiger Götz Sören Henning'),
    family: w('Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Bauer Richter Klein Wolf Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner Krause Köhler Maier Huber Kaiser Fuchs Peters Möller Weiß Jäger Groß Böhm Günther Süß Vogt Brückner Gärtner Mößner'),
    places: [['Berlin', 52.52, 13.4], ['Hamburg', 53.55, 9.99], ['München', 48.14, 11.58], ['Köln', 50.94, 6.96], ['Frankfurt am Main', 50.11, 8.68], ['Stuttgart', 48.78, 9.18], ['Düsseldorf', 51.23, 6.78], ['Nürnberg', 49.45, 11.08], ['Lübeck', 53.87, 10.69], ['Görlitz', 51.15, 14.99]],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Gartenstraße', 'Schulstraße', 'Lindenweg', 'Mühlenstraße', 'Kirchgasse'],
  },
  {
    tag: 'fr-FR', country: 'FR', script: 'Latn', weight: 10, familyNames: 1, postalCode: '#####', houseNumberFirst: true,
    female: w('Camille Léa Chloé Manon Inès Élise Hélène Sophie Céline Amélie Cécile Aurélie Émilie Mélanie Nathalie Isabelle Françoise Maëlle Noémie Gaëlle Clémence Margaux Océane Joséphine Adèle Zoé Anaïs Solène'),
    male: w('Léo Lucas Hugo Théo Nathan Louis Gabriel Raphaël Jérôme Stéphane Frédéric Sébastien Thierry Benoît Rémi Mathéo Clément Timothée Aurélien Jérémie Loïc Gaël Cédric Hervé Grégoire Étienne Maxence Quentin'),
    family: w('Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefebvre Mercier Dupont Lambert Bonnet Legrand Garnier Faure Rousseau Blanc Guérin Hénault Chevalier Gauthier Perrin Mathieu Gaillard Brunet Noël Lemaître Ménard Lacroix Béranger'),
    places: [['Paris', 48.86, 2.35], ['Marseille', 43.3, 5.37], ['Lyon', 45.76, 4.84], ['Toulouse', 43.6, 1.44], ['Nice', 43.7, 7.27], ['Nantes', 47.22, -1.55], ['Besançon', 47.24, 6.02], ['Orléans', 47.9, 1.9], ['Nîmes', 43.84, 4.36], ['Saint-Étienne', 45.44, 4.39]],
    streets: ['rue de la Gare', 'avenue de la République', 'rue des Écoles', "place de l'Église", 'chemin du Moulin', 'rue Pasteur'],
  },
  {
    tag: 'pl-PL', country: 'PL', script: 'Latn', weight: 8, familyNames: 1, postalCode: '##-###', feminine: polishFeminine,
    female: w('Anna Maria Katarzyna Małgorzata Agnieszka Barbara Ewa Krystyna Magdalena Elżbieta Joanna Aleksandra Zofia Monika Jadwiga Danuta Halina Urszula Beata Dorota Bożena Grażyna Jolanta Wiesława Łucja Kinga Żaneta Alicja Iwona'),
    male: w('Piotr Krzysztof Tomasz Paweł Jan Michał Marcin Jakub Adam Łukasz Mateusz Grzegorz Wojciech Mariusz Dariusz Zbigniew Ryszard Tadeusz Bartłomiej Sławomir Przemysław Mikołaj Bogusław Kazimierz Henryk Zdzisław Witold Radosław'),
    family: w('Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Król Wieczorek Jabłoński Wróbel Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Nowicki Pawlak Górski Witkowski Walczak Sikora Baran Rutkowski Michalak Szewczyk Ostrowski Tomaszewski Pietrzak Żak Gałązka'),
    places: [['Warszawa', 52.23, 21.01], ['Kraków', 50.06, 19.94], ['Łódź', 51.76, 19.46], ['Wrocław', 51.11, 17.03], ['Poznań', 52.41, 16.93], ['Gdańsk', 54.35, 18.65], ['Szczecin', 53.43, 14.55], ['Białystok', 53.13, 23.16], ['Toruń', 53.01, 18.6]],
    streets: ['ul. Polna', 'ul. Leśna', 'ul. Słoneczna', 'ul. Krótka', 'ul. Szkolna', 'ul. Ogrodowa', 'ul. Lipowa'],
  },
  {
    tag: 'cs-CZ', country: 'CZ', script: 'Latn', weight: 5, familyNames: 1, postalCode: '### ##', feminine: czechFeminine,
    female: w('Jana Marie Eva Hana Anna Lenka Kateřina Lucie Věra Alena Petra Veronika Jaroslava Tereza Michaela Zdeňka Ludmila Jiřina Markéta Barbora Klára Šárka Dagmar Radka Božena Růžena Blanka Vlasta'),
    male: w('Jiří Jan Josef Pavel Martin Tomáš Jaroslav Miroslav Zdeněk Václav Michal František Jakub Milan Karel Lukáš David Vojtěch Ondřej Radek Stanislav Vladimír Luboš Bořivoj Přemysl Dušan Matěj Štěpán'),
    family: w('Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Marek Pospíšil Hájek Jelínek Král Růžička Beneš Sedláček Doležal Kolář Čermák Urban Blažek Kříž Kovář Bartoš Vlček Polák Musil Šimek Konečný Malý Štěpánek Holub Šťastný Říha Zedník'),
    places: [['Praha', 50.08, 14.44], ['Brno', 49.2, 16.61], ['Ostrava', 49.82, 18.26], ['Plzeň', 49.74, 13.37], ['Liberec', 50.77, 15.06], ['Olomouc', 49.59, 17.25], ['České Budějovice', 48.97, 14.47], ['Ústí nad Labem', 50.66, 14.03], ['Hradec Králové', 50.21, 15.83]],
    streets: ['Nádražní', 'Školní', 'Zahradní', 'Husova', 'Komenského', 'Nová', 'Lipová'],
  },
  {
    tag: 'es-ES', country: 'ES', script: 'Latn', weight: 8, familyNames: 2, postalCode: '#####',
    female: w('María Carmen Lucía Ana Laura Marta Elena Sofía Paula Cristina Isabel Raquel Rocío Pilar Inés Begoña Nuria Ainhoa Mónica Verónica Irene Alba Noelia Ángela Beatriz Concepción Dolores Natalia'),
    male: w('José Antonio Manuel Francisco David Javier Daniel Carlos Jesús Alejandro Miguel Pablo Sergio Jorge Alberto Álvaro Adrián Íñigo Rubén Joaquín Ramón Óscar Víctor Gonzalo Héctor Ignacio Emilio Agustín'),
    family: w('García Rodríguez González Fernández López Martínez Sánchez Pérez Gómez Martín Jiménez Ruiz Hernández Díaz Moreno Muñoz Álvarez Romero Gutiérrez Navarro Domínguez Vázquez Gil Serrano Blanco Molina Morales Suárez Delgado Castro Ortiz Rubio Marín Sanz Núñez Medina Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego Peña Ibáñez'),
    places: [['Madrid', 40.42, -3.7], ['Barcelona', 41.39, 2.17], ['Valencia', 39.47, -0.38], ['Sevilla', 37.39, -5.98], ['Zaragoza', 41.65, -0.89], ['Málaga', 36.72, -4.42], ['Córdoba', 37.89, -4.78], ['Cádiz', 36.53, -6.29], ['León', 42.6, -5.57], ['A Coruña', 43.36, -8.41]],
    streets: ['calle Mayor', 'calle Real', 'avenida de la Constitución', 'plaza de España', 'calle del Sol', 'calle Nueva'],
  },
  {
    tag: 'pt-PT', country: 'PT', script: 'Latn', weight: 4, familyNames: 2, postalCode: '####-###',
    female: w('Maria Ana Beatriz Mariana Inês Leonor Matilde Carolina Sofia Joana Catarina Rita Sara Margarida Francisca Lúcia Conceição Fátima Graça Helena Teresa Irene Filipa Patrícia Cátia Vânia Adélia Glória'),
    male: w('João José Francisco Rodrigo Tiago Martim Duarte Gonçalo Afonso Tomás Diogo Rui Luís Paulo Vasco Sérgio Fábio Hélder Simão Sebastião Joaquim Miguel Ricardo Vítor Jorge Henrique Artur Leandro'),
    family: w('Silva Santos Ferreira Pereira Oliveira Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia Soares Vieira Monteiro Cardoso Rocha Coelho Cruz Cunha Pires Reis Simões Antunes Matos Fonseca Magalhães Brandão Araújo Leitão Guimarães Calado Assunção'),
    places: [['Lisboa', 38.72, -9.14], ['Porto', 41.15, -8.61], ['Braga', 41.55, -8.42], ['Coimbra', 40.21, -8.43], ['Setúbal', 38.52, -8.89], ['Évora', 38.57, -7.91], ['Funchal', 32.65, -16.91], ['Guimarães', 41.44, -8.29], ['Faro', 37.02, -7.93]],
    streets: ['rua da Liberdade', 'rua Direita', 'avenida da República', 'rua do Sol', 'largo da Igreja', 'rua de São João'],
  },
  {
    tag: 'ro-RO', country: 'RO', script: 'Latn', weight: 6, familyNames: 1, postalCode: '######',
    female: w('Ioana Elena Maria Andreea Mădălina Alexandra Ana Cristina Raluca Roxana Bianca Ștefania Mirela Corina Irina Georgiana Oana Larisa Daniela Luminița Florentina Lăcrămioara Gabriela Camelia Alina Mihaela Anișoara Rodica'),
    male: w('Andrei Alexandru Ionuț Mihai Ștefan Cătălin Răzvan Bogdan Florin Vlad Tudor Costel Marius Cristian Dănuț Nicolae Ion Vasile Constantin Dumitru Sorin Liviu Cosmin Petrică Radu Ovidiu Sergiu Aurel'),
    family: w('Popescu Ionescu Popa Pop Radu Dumitrescu Stan Stoica Gheorghiu Matei Ciobanu Rusu Munteanu Constantinescu Lupu Florea Toma Marinescu Dinu Tănase Sârbu Moldovan Țurcanu Bălan Enache Nistor Georgescu Mocanu Oprea Voicu Dobre Barbu Ene Neagu Preda Vasilescu Pîrvu Bălănescu Crăciun Mureșan Ilie Dragomir'),
    places: [['București', 44.43, 26.1], ['Cluj-Napoca', 46.77, 23.6], ['Timișoara', 45.75, 21.23], ['Iași', 47.16, 27.59], ['Constanța', 44.18, 28.63], ['Brașov', 45.65, 25.61], ['Craiova', 44.32, 23.8], ['Galați', 45.44, 28.05], ['Târgu Mureș', 46.54, 24.56]],
    streets: ['strada Florilor', 'strada Libertății', 'bulevardul Unirii', 'strada Gării', 'strada Școlii', 'strada Morii'],
  },
  {
    tag: 'tr-TR', country: 'TR', script: 'Latn', weight: 7, familyNames: 1, postalCode: '#####',
    female: w('Ayşe Fatma Emine Hatice Zeynep Elif Merve Özlem Gül Şeyma Tuğba Çiğdem Büşra Gülşen Sevgi Derya Esra Dilek Yasemin Hülya Nurcan Şule Gökçe Ece İpek Öykü Sıla Aslı'),
    male: w('Mehmet Mustafa Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Emre Serkan Özgür Doğan Ertuğrul Buğra Çağlar Gökhan Ümit Şükrü Tolga Kemal Barış Oğuz Erdal Halil Volkan'),
    family: w('Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdem Yavuz Acar Şen Aktaş Güneş Bulut Keskin Ünal Tekin Karataş Işık Çiftçi Uçar Bozkurt Gündoğdu'),
    places: [['İstanbul', 41.01, 28.98], ['Ankara', 39.93, 32.86], ['İzmir', 38.42, 27.14], ['Bursa', 40.19, 29.06], ['Antalya', 36.9, 30.7], ['Gaziantep', 37.07, 37.38], ['Eskişehir', 39.78, 30.52], ['Diyarbakır', 37.91, 40.24], ['Muğla', 37.22, 28.36], ['Şanlıurfa', 37.16, 38.79]],
    streets: ['Atatürk Caddesi', 'Cumhuriyet Caddesi', 'İstiklal Sokak', 'Gül Sokak', 'Okul Sokak', 'Çarşı Caddesi'],
  },
  {
    tag: 'sv-SE', country: 'SE', script: 'Latn', weight: 4, familyNames: 1, postalCode: '### ##',
    female: w('Anna Eva Maria Karin Kristina Lena Sara Emma Elin Ingrid Åsa Märta Ebba Linnéa Maja Astrid Saga Ylva Sofia Annika Malin Frida Birgitta Gunnel Margareta Solveig Ingegerd Signe'),
    male: w('Lars Anders Johan Karl Erik Per Nils Mikael Björn Åke Sören Jöran Måns Olof Ulf Lennart Fredrik Oskar Axel Hugo Gustav Viktor Linus Håkan Stig Torbjörn Sixten Jöns'),
    family: w('Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström Olofsson Lindqvist Lindholm Axelsson Bergström Lundberg Lundgren Mattsson Berglund Fredriksson Sandberg Henriksson Sjöberg Wallin Engström Danielsson Håkansson Åberg Ström Löfgren Öberg Sjögren Åström Nyström Holmström'),
    places: [['Stockholm', 59.33, 18.07], ['Göteborg', 57.71, 11.97], ['Malmö', 55.6, 13.0], ['Uppsala', 59.86, 17.64], ['Västerås', 59.61, 16.55], ['Örebro', 59.27, 15.21], ['Linköping', 58.41, 15.62], ['Jönköping', 57.78, 14.16], ['Umeå', 63.83, 20.26], ['Norrköping', 58.59, 16.18]],
    streets: ['Storgatan', 'Kungsgatan', 'Drottninggatan', 'Skolgatan', 'Järnvägsgatan', 'Kyrkvägen', 'Åvägen'],
  },
  {
    tag: 'nb-NO', country: 'NO', script: 'Latn', weight: 3, familyNames: 1, postalCode: '####',
    female: w('Kari Ingrid Anne Marit Liv Solveig Åse Sølvi Bjørg Tone Hege Ragnhild Sigrid Astrid Tuva Nora Ingeborg Frøydis Randi Målfrid Øydis Torill Ellinor Hanne Synnøve Aud Gudrun Brynhild'),
    male: w('Ole Lars Knut Bjørn Øyvind Ståle Håkon Tore Arne Geir Trond Jørgen Espen Sindre Eirik Øystein Pål Halvor Asbjørn Torstein Sverre Kjetil Vegard Even Gaute Ådne Åsmund Steinar'),
    family: w('Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen Henriksen Lund Sørensen Strøm Løken Bråthen Nordbø Sæther Haugland Røed Bakke Moen Gundersen Ødegård Myhre Aasen Solheim Tveit Brække Sætre'),
    places: [['Oslo', 59.91, 10.75], ['Bergen', 60.39, 5.32], ['Trondheim', 63.43, 10.4], ['Stavanger', 58.97, 5.73], ['Tromsø', 69.65, 18.96], ['Drammen', 59.74, 10.2], ['Kristiansand', 58.15, 7.99], ['Ålesund', 62.47, 6.15], ['Bodø', 67.28, 14.4], ['Lillehammer', 61.12, 10.47]],
    streets: ['Storgata', 'Kirkegata', 'Skoleveien', 'Strandveien', 'Sjøgata', 'Bjørkeveien', 'Løkkeveien'],
  },
  {
    tag: 'ru-RU', country: 'RU', script: 'Cyrl', weight: 7, familyNames: 1, postalCode: '######', feminine: slavicFeminine, romanise: romaniseRussian,
    female: w('Анна Мария Елена Ольга Наталья Татьяна Ирина Екатерина Светлана Юлия Анастасия Дарья Ксения Людмила Галина Вера Надежда Полина Алина Софья Валентина Евгения Марина Виктория Алёна Любовь Зоя Лариса'),
    male: w('Александр Дмитрий Сергей Андрей Алексей Максим Иван Михаил Никита Артём Евгений Николай Павел Роман Олег Игорь Юрий Константин Виктор Денис Илья Кирилл Антон Григорий Фёдор Вадим Степан Тимофей'),
    family: w('Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков Алексеев Лебедев Семёнов Егоров Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Тарасов Шевцов Ершов Полянский'),
    places: [['Москва', 55.76, 37.62], ['Санкт-Петербург', 59.94, 30.31], ['Новосибирск', 55.03, 82.92], ['Екатеринбург', 56.84, 60.61], ['Казань', 55.79, 49.12], ['Нижний Новгород', 56.33, 44.0], ['Самара', 53.2, 50.15], ['Калининград', 54.71, 20.51], ['Ростов-на-Дону', 47.24, 39.71], ['Воронеж', 51.66, 39.2]],
    streets: ['ул. Садовая', 'ул. Школьная', 'ул. Центральная', 'пр. Мира', 'ул. Лесная', 'ул. Молодёжная'],
  },
  {
    tag: 'uk-UA', country: 'UA', script: 'Cyrl', weight: 6, familyNames: 1, postalCode: '#####', feminine: slavicFeminine, romanise: romaniseUkrainian,
    female: w('Олена Оксана Наталія Тетяна Ірина Юлія Світлана Людмила Галина Ольга Марія Анна Катерина Вікторія Дарина Софія Анастасія Ганна Христина Євгенія Надія Соломія Зоряна Богдана Ярослава Мирослава Лілія Іванна'),
    male: w('Олександр Сергій Андрій Володимир Олег Юрій Дмитро Михайло Іван Віктор Василь Микола Петро Богдан Ярослав Роман Максим Артем Євген Ігор Остап Степан Григорій Павло Віталій Назар Орест Юліан'),
    family: w('Мельник Коваленко Бондаренко Ткаченко Кравченко Ковальчук Олійник Шевчук Поліщук Бондар Ткачук Марченко Руденко Петренко Лисенко Гончаренко Мороз Коваль Клименко Павленко Левченко Харченко Карпенко Савчук Романюк Кузьменко Іваненко Гнатюк Дорошенко Василенко Пономаренко Ковальський Мартинюк Яковенко Гуменюк Присяжнюк Кононенко Сидоренко Білик Захарченко Дячук Федорчук Стасюк'),
    places: [['Київ', 50.45, 30.52], ['Харків', 49.99, 36.23], ['Одеса', 46.48, 30.72], ['Дніпро', 48.46, 35.05], ['Львів', 49.84, 24.03], ['Запоріжжя', 47.84, 35.14], ['Вінниця', 49.23, 28.47], ['Чернігів', 51.49, 31.29], ['Ужгород', 48.62, 22.29], ['Полтава', 49.59, 34.55]],
    streets: ['вул. Садова', 'вул. Центральна', 'вул. Шкільна', 'вул. Миру', 'вул. Лісова', 'просп. Незалежності'],
  },
  {
    tag: 'bg-BG', country: 'BG', script: 'Cyrl', weight: 3, familyNames: 1, postalCode: '####', feminine: slavicFeminine, romanise: romaniseBulgarian,
    female: w('Мария Иванка Елена Йорданка Пенка Маргарита Даниела Виолета Силвия Росица Цветанка Надежда Десислава Гергана Петя Калина Радка Стефка Николета Теодора Виктория Христина Ралица Симона Янита Снежана Ваня Антоанета'),
    male: w('Георги Иван Димитър Николай Петър Христо Стоян Тодор Йордан Васил Атанас Пламен Красимир Стефан Борислав Мартин Александър Кирил Любомир Цветан Огнян Валентин Ангел Венцислав Емил Калоян Радослав Симеон'),
    family: w('Иванов Георгиев Димитров Петров Николов Христов Тодоров Илиев Василев Атанасов Петков Ангелов Йорданов Колев Маринов Попов Стефанов Михайлов Кирилов Киров Симеонов Цветков Крумов Генчев Делчев Янков Русев Лазаров Добрев Янев Станчев Вълчев Славейков Пенев'),
    places: [['София', 42.7, 23.32], ['Пловдив', 42.14, 24.75], ['Варна', 43.21, 27.91], ['Бургас', 42.5, 27.47], ['Русе', 43.85, 25.95], ['Стара Загора', 42.43, 25.63], ['Плевен', 43.42, 24.61], ['Велико Търново', 43.08, 25.63], ['Благоевград', 42.02, 23.1]],
    streets: ['бул. България', 'ул. Липа', 'ул. Родопи', 'ул. Шипка', 'ул. Славянска', 'ул. Оборище'],
  },
  {
    tag: 'sr-RS', country: 'RS', script: 'Cyrl', weight: 3, familyNames: 1, postalCode: '#####', romanise: romaniseSerbian,
    female: w('Јелена Марија Милица Ана Драгана Снежана Јована Ивана Тијана Мирјана Сања Невена Бојана Весна Гордана Катарина Александра Наташа Љиљана Даница Зорица Милена Јасмина Ђурђица Љубица Славица Теодора Биљана'),
    male: w('Никола Марко Стефан Лука Милош Немања Душан Драган Зоран Дејан Горан Милан Небојша Александар Срђан Владимир Бранислав Жарко Ђорђе Војислав Слободан Младен Бојан Ненад Урош Вук Огњен Предраг'),
    family: w('Јовановић Петровић Николић Ђорђевић Стојановић Илић Павловић Стевановић Поповић Живковић Тодоровић Ристић Костић Милић Ђурић Лазић Симић Радовановић Кнежевић Вуковић Стојковић Обрадовић Савић Бошковић Лукић Ћирић Пешић Филиповић Цветковић Ђокић Вучетић Шарчевић Недељковић Ракић Милојевић Љубичић'),
    places: [['Београд', 44.79, 20.45], ['Нови Сад', 45.27, 19.83], ['Ниш', 43.32, 21.9], ['Крагујевац', 44.01, 20.91], ['Суботица', 46.1, 19.67], ['Зрењанин', 45.38, 20.39], ['Панчево', 44.87, 20.64], ['Чачак', 43.89, 20.35], ['Краљево', 43.72, 20.69]],
    streets: ['Булевар ослобођења', 'Улица Светог Саве', 'Немањина', 'Карађорђева', 'Улица Краља Петра', 'Цара Душана'],
  },
  {
    tag: 'el-GR', country: 'GR', script: 'Grek', weight: 5, familyNames: 1, postalCode: '### ##', feminine: greekFeminine, romanise: romaniseGreek,
    female: w('Μαρία Ελένη Αικατερίνη Βασιλική Σοφία Αγγελική Γεωργία Δήμητρα Κωνσταντίνα Παρασκευή Χριστίνα Ευαγγελία Ιωάννα Αναστασία Ειρήνη Δέσποινα Φωτεινή Αθηνά Νικολέτα Ευτυχία Χαρίκλεια Σταυρούλα Κυριακή Ζωή Θεοδώρα Αλεξάνδρα Μαργαρίτα Ουρανία'),
    male: w('Γεώργιος Ιωάννης Κωνσταντίνος Δημήτριος Νικόλαος Παναγιώτης Βασίλειος Χρήστος Αθανάσιος Μιχαήλ Ευάγγελος Σπυρίδων Αντώνιος Θεόδωρος Ανδρέας Ηλίας Σταύρος Αλέξανδρος Εμμανουήλ Παύλος Στυλιανός Αριστείδης Θεοφάνης Λάμπρος Πέτρος Γρηγόριος Διονύσιος Ευστάθιος'),
    family: w('Βλάχος Αγγελόπουλος Νικολάου Γεωργίου Παπαδάκης Οικονόμου Δημητρίου Μακρής Παπαγεωργίου Ιωάννου Κωνσταντινίδης Αντωνίου Αθανασίου Χριστοδούλου Καραγιάννης Παππάς Πετρόπουλος Σταματόπουλος Μαυρίδης Ζαχαρίου Λαμπράκης Κυριακίδης Σαββίδης Μιχαηλίδης Πολυχρόνης Αλεξίου Σπυρόπουλος Τσακίρης Μαρκόπουλος Φραγκιαδάκης Καλογεράκης Ζερβός Μπακάλης Τριανταφύλλου Ηλιόπουλος Γιαννακόπουλος'),
    places: [['Αθήνα', 37.98, 23.73], ['Θεσσαλονίκη', 40.64, 22.94], ['Πάτρα', 38.25, 21.73], ['Ηράκλειο', 35.34, 25.13], ['Λάρισα', 39.64, 22.42], ['Βόλος', 39.36, 22.94], ['Ιωάννινα', 39.66, 20.85], ['Χανιά', 35.51, 24.02], ['Καβάλα', 40.94, 24.41], ['Ρόδος', 36.43, 28.22]],
    streets: ['Οδός Ερμού', 'Λεωφόρος Αλεξάνδρας', 'Οδός Αθηνάς', 'Οδός Σταδίου', 'Οδός Αγίου Δημητρίου', 'Οδός Ελευθερίας'],
  },
  {
    tag: 'ar-JO', country: 'JO', script: 'Arab', weight: 7, familyNames: 1, postalCode: '#####',
    romanise: arabicRomaniser(new Map([...AR_FEMALE, ...AR_MALE, ...AR_FAMILY])),
    female: AR_FEMALE.map(([ar]) => ar),
    male: AR_MALE.map(([ar]) => ar),
    family: AR_FAMILY.map(([ar]) => ar),
    places: [['عمّان', 31.95, 35.93], ['الزرقاء', 32.07, 36.09], ['إربد', 32.56, 35.85], ['العقبة', 29.53, 35.01], ['السلط', 32.04, 35.73], ['مادبا', 31.72, 35.79], ['الكرك', 31.18, 35.7], ['المفرق', 32.34, 36.21], ['جرش', 32.28, 35.9]],
    streets: ['شارع الجامعة', 'شارع المدينة المنورة', 'شارع الجاردنز', 'شارع الاستقلال', 'شارع الحرية', 'شارع الأمير حسن'],
  },
];
