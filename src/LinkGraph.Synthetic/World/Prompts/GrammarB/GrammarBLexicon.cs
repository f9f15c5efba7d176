namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>
/// Rules for what ordinary people ask, one start symbol per domain (<c>d.&lt;domain&gt;</c>). The domain list is in
/// <see cref="Domains"/>; a person's topic picks a mix of them.
/// </summary>
internal static class GrammarBLexicon
{
    public static readonly string[] Domains =
    [
        "code", "cook", "travel", "health", "fit", "money", "write", "math", "hist", "bio", "chem", "phys", "lit",
        "mail", "transl", "trivia", "tech", "career", "garden", "pets", "parent", "home", "music", "media", "lang",
        "love", "legal", "prod", "games", "philo", "cars", "shop", "biz", "data",
    ];

    public const string Shared = """
        chat = 3*hi | hello | hey | yo | 2*thanks | thank you | ok | test | hello? | are you there | what can you do
        | who are you | good morning | lol | nice | cool thanks | can you help me | hiii | ? | 2*continue | go on | more
        | shorter please | try again | explain again | in english please | what? | perfect | no | yes | that's wrong
        | make it longer | again | keep going | and? | why | ok thanks | tell me a joke | are you chatgpt
        lead = 4*hey | hi | hello! | quick question: | ok so | hey there, | question: | so | um | help! | hi again,
        | good morning! | one more thing: | random question but | sorry if this is dumb but | i need help:
        tail = thanks | thx | thank you! | ty | thanks in advance | appreciate it | keep it short | in bullet points please
        | explain like i'm five | be concise | step by step please | with examples | no jargon please | in a table
        | short answer please | be honest | i'm a beginner | urgent | make it simple | in 3 sentences
        | give me a few options | cite sources if you can
        name = Anna | Ben | Carlos | Divya | Emma | Farid | Grace | Hiro | Ines | Jamal | Kate | Liam | Mei | Noah
        | Olga | Priya | Quinn | Rosa | Sam | Tomas | Uma | Viktor | Wen | Yusuf | Zoe | Lucas | Aisha | Marta
        @place = Lisbon | Kyoto | Mexico City | Cape Town | Reykjavik | Hanoi | Buenos Aires | Prague | Nairobi | Seoul
        | Vancouver | Marrakech | Edinburgh | Bali | Istanbul | Oslo | Lima | Sydney | Montreal | Dubrovnik | Tbilisi
        | Chicago | Rome | Bangkok | Berlin | Cusco | Porto | Sicily | the Scottish Highlands | Patagonia
        weekday = Monday | Tuesday | Wednesday | Thursday | Friday | Saturday | Sunday
        month = January | February | March | April | May | June | July | August | September | October | November | December
        """;

    public const string Ordinary = """
        # coding
        d.code = 4*<code.ask> | 3*<code.bug> | 2*<code.explain> | <code.review> | 2*<code.short>
        code.ask = how do i <code.task> in <@lang>? | write a <@lang> function that <code.fn> | can you write <@lang> code to <code.task>
        | what's the best way to <code.task> in <@lang>? | <@lang>: <code.task> | I need a <@lang> script that <code.fn>. <code.ctx?>
        | show me how to <code.task> using <@lang> and <@db> | is there a library in <@lang> to <code.task>?
        code.task = read a csv file | parse json | sort a list of <code.thing> by <code.field> | reverse a string
        | remove duplicates from a list | connect to <@db> | make an http request | read environment variables
        | write unit tests for <code.thing> | handle timeouts | debounce a function | merge two dictionaries
        | format a date as ISO 8601 | paginate <code.thing> from <@db> | upload a file to s3 | hash a password
        | validate an email address | run tasks in parallel | retry a failed request with backoff | deploy to <@cloud>
        | set up logging | convert <code.fmt> to <code.fmt> | cache <code.thing> | stream a large file | center a div
        code.fn = returns the <#2-10> largest numbers in an array | checks if a word is a palindrome | counts words in a text file
        | groups <code.thing> by <code.field> | flattens a nested list | computes the median of a list
        | finds the longest common prefix | converts celsius to fahrenheit | rotates a matrix 90 degrees
        | returns the nth fibonacci number | merges overlapping intervals | finds all primes below <#10-10000>
        | renames every file in a folder | sends an email when a job fails | scrapes prices from a website
        code.thing = users | orders | invoices | events | products | log lines | transactions | students | tickets | files | photos
        code.field = date | price | name | id | score | status | country | size | age
        code.fmt = csv | json | yaml | xml | parquet | markdown | html | excel
        code.ctx = it has to run on <@os>. | performance matters, the file is <#2-90> GB. | no external libraries please.
        | it's for a class. | i'm on <@lang> version <#2-21>.
        code.bug = why do i get "<code.err>" in my <@lang> code? | getting <code.err> when i <code.task>, any idea?
        | my <@lang> code throws <code.err>. <code.errctx> | <code.err> | help: <code.err> <code.errctx>
        | how do i fix <code.err> on <@os>
        code.err = NullReferenceException | TypeError: undefined is not a function | segmentation fault
        | IndexError: list index out of range | KeyError: '<code.field>' | CORS error | 401 unauthorized
        | ModuleNotFoundError: No module named '<@pylib>' | borrow checker error E0502 | stack overflow | a deadlock
        | out of memory | connection refused | permission denied | a merge conflict | infinite loop
        code.errctx = it worked yesterday. | it only happens in production. | here is the code: <code.snip>
        | i'm using <@lang> and <@db>. | only on <@os>. | after i upgraded my dependencies. | 
        code.snip = `for i in range(len(items)): print(items[i+1])` | `const x = data.map(d => d.value)`
        | `SELECT * FROM orders WHERE created_at > NOW()` | `let r = &v; v.push(4);` | `public void Save() { _db.SaveChanges(); }`
        | `df.groupby('<code.field>').mean()` | `while (true) { fetch(url) }`
        code.explain = explain <code.concept> like i'm new to programming | what is the difference between <code.concept> and <code.concept>?
        | when should i use <code.concept>? | can you explain <code.concept> in <@lang> with an example
        | is <code.concept> worth learning?
        code.concept = recursion | closures | async/await | dependency injection | big O notation | pointers | generics
        | hash maps | REST APIs | docker containers | git rebase | database indexes | race conditions | garbage collection
        | monads | regular expressions | OAuth | websockets | memoization | microservices | type inference
        code.review = review this <@lang> code and suggest improvements: <code.snip> | is this idiomatic <@lang>? <code.snip>
        | refactor this to be more readable: <code.snip>
        code.short = regex for email | <@lang> list comprehension | git undo last commit | how to exit vim | <@db> vs <@db>
        | sql join types | kill process on port <#1000-9000> | <@lang> sort dict by value | <@pylib> install error
        @lang = Python | JavaScript | TypeScript | Java | C# | Go | Rust | C++ | Kotlin | Swift | PHP | Ruby | R | SQL
        | Bash | Scala | Dart | Lua | Haskell | Elixir
        @db = postgres | mysql | sqlite | mongodb | redis | dynamodb | elasticsearch | sql server | firebase | supabase
        @cloud = aws | azure | google cloud | heroku | vercel | a vps | kubernetes | netlify
        @os = windows | mac | ubuntu | linux | wsl | android | ios | a raspberry pi
        @pylib = pandas | numpy | requests | flask | django | torch | matplotlib | sklearn | fastapi | bs4

        # cooking
        d.cook = 3*<cook.recipe> | 2*<cook.sub> | <cook.plan> | <cook.fix> | <cook.short>
        cook.recipe = how do i make <@dish>? | give me a recipe for <@dish> <cook.cons?> | easy <@dish> recipe
        | what can i cook with <@ingr>, <@ingr> and <@ingr>? | i have <@ingr> and <@ingr> in the fridge, dinner ideas?
        | how long do i cook <@ingr> in the oven at <#160-230> degrees? | best way to make <@dish> <cook.cons>
        cook.cons = for <#2-12> people | without an oven | that's vegan | under 30 minutes | that kids will eat
        | on a budget | gluten free | in an air fryer | in a slow cooker | with no dairy
        cook.sub = what can i use instead of <@ingr> in <@dish>? | can i substitute <@ingr> for <@ingr>?
        | is it ok to freeze <@dish>? | how do i know if <@ingr> has gone bad?
        cook.plan = make me a <#3-7> day meal plan <cook.cons> | meal prep ideas for a week, high protein
        | what should i cook for a dinner party of <#4-10>? one guest is vegetarian
        cook.fix = my <@dish> came out too <cook.bad>, what went wrong? | why does my bread not rise
        | i added too much salt to the <@dish>, how do i fix it
        cook.bad = dry | salty | soggy | bland | dense | runny | burnt on the bottom | chewy
        cook.short = <@dish> recipe | calories in <@ingr> | <@ingr> vs <@ingr> | how to boil an egg | sourdough starter ratio
        @dish = lasagna | pad thai | banana bread | chicken curry | shakshuka | risotto | ramen | tacos al pastor | paella
        | chocolate chip cookies | beef stew | pho | falafel | carbonara | sourdough bread | pancakes | dal | bibimbap
        | moussaka | apple pie | jollof rice | pierogi | tiramisu | fried rice
        @ingr = chickpeas | chicken thighs | tofu | spinach | eggs | rice | salmon | sweet potatoes | lentils | mushrooms
        | ground beef | feta | zucchini | coconut milk | butter | buttermilk | heavy cream | yeast | quinoa | shrimp

        # travel
        d.travel = 3*<trav.plan> | 2*<trav.q> | <trav.pack> | <trav.short>
        trav.plan = plan a <#2-14> day trip to <@place> | i'm going to <@place> in <month> for <#3-10> days, what should i see?
        | itinerary for <@place> with kids | <@place> or <@place> for a <trav.kind> trip? | what are hidden gems in <@place>
        | we have a layover of <#5-14> hours in <@place>, is it worth leaving the airport?
        trav.kind = honeymoon | backpacking | food | budget | family | solo | winter | hiking
        trav.q = do i need a visa for <@place> with a <trav.pass> passport? | is <@place> safe for solo female travelers?
        | how much cash should i bring to <@place> | best way to get from the airport to downtown <@place>
        | cheapest time to fly to <@place> | is it rude to tip in <@place>? | what's the weather like in <@place> in <month>
        trav.pass = US | UK | Indian | German | Brazilian | Nigerian | Canadian | Filipino | Mexican
        trav.pack = packing list for <#3-21> days in <@place> | carry-on only packing list for <trav.kind> trip
        trav.short = <@place> itinerary | things to do in <@place> | <@place> in <month> | <@place> food must try

        # health
        d.health = 3*<hl.sym> | 2*<hl.q> | <hl.short>
        hl.sym = i've had <@symptom> for <#2-14> days, should i see a doctor? | what causes <@symptom>?
        | my <hl.who> has <@symptom> and <@symptom>, what could it be? | is <@symptom> a side effect of <@med>?
        | how do i get rid of <@symptom> fast | <@symptom> after <hl.trig>, normal?
        hl.who = son | daughter | mom | dad | partner | grandmother | roommate
        hl.trig = running | eating dairy | drinking coffee | a long flight | starting <@med> | sleeping badly
        hl.q = can i take <@med> with <@med>? | how much <@med> is safe per day? | what's a normal resting heart rate
        | how many hours of sleep do i actually need | is intermittent fasting healthy | how to lower cholesterol naturally
        | difference between a cold and the flu | how do i stop overthinking at night
        hl.short = <@symptom> remedies | <@med> dosage | <@symptom> | vitamin d deficiency signs
        @symptom = headaches | a sore throat | back pain | insomnia | heartburn | dizziness | a rash | knee pain | fatigue
        | a dry cough | anxiety | nausea | migraines | ringing in my ears | cramps | swollen ankles
        @med = ibuprofen | paracetamol | melatonin | antihistamines | omeprazole | sertraline | magnesium | amoxicillin

        # fitness
        d.fit = 3*<fit.plan> | 2*<fit.q> | <fit.short>
        fit.plan = make me a <#2-6> day workout plan for <@goal> | beginner plan to <@goal> in <#4-16> weeks
        | i can only train <#2-5> days a week at home, how do i <@goal>? | couch to 5k but i have bad knees, is it ok?
        fit.q = how much protein do i need to <@goal>? | is <@exercise> bad for my lower back? | proper form for <@exercise>
        | should i do cardio before or after weights | how long should i rest between sets | why am i not losing weight
        | <@exercise> vs <@exercise> for <@goal>
        fit.short = <@exercise> form | <@goal> tips | rest day ideas | stretching routine
        @goal = lose weight | build muscle | run a marathon | get stronger | improve flexibility | do a pull-up
        | run 5k under 25 minutes | fix my posture | gain weight
        @exercise = squats | deadlifts | bench press | planks | pull-ups | lunges | kettlebell swings | burpees | rowing | cycling

        # money
        d.money = 3*<mon.q> | 2*<mon.calc> | <mon.short>
        mon.q = should i pay off my <mon.debt> or invest? | how does a <@fin> work? | is a <@fin> a good idea at <#20-65>?
        | how do i start investing with $<#50-5000> | explain <@fin> simply | what's the difference between a <@fin> and a <@fin>
        | how to make a budget on a $<#2-9>,<#100-999> monthly income | is it worth refinancing my mortgage
        mon.debt = credit card | student loans | car loan | mortgage | medical bills
        mon.calc = if i save $<#50-2000> a month at <#2-9>% for <#5-40> years how much will i have
        | how much house can i afford on a $<#40-250>k salary | monthly payment on a $<#10-600>k loan at <#3-9>% for <#5-30> years
        mon.short = <@fin> vs <@fin> | how do taxes work | what is an etf | emergency fund size | compound interest
        @fin = roth ira | 401k | index fund | high yield savings account | credit score | etf | bond | hsa | annuity
        | crypto wallet | term life insurance | stock option

        # creative writing
        d.write = 3*<wr.story> | 2*<wr.poem> | 2*<wr.edit> | <wr.short>
        wr.story = write a short story about <wr.subj> | write a story about <wr.subj> in the style of <@author>
        | give me <#3-10> plot ideas for a <@genre> novel | help me name a character in my <@genre> story
        | my protagonist is <wr.subj>, what's a good plot twist? | continue this story: <wr.open>
        wr.subj = a lighthouse keeper who finds a message in a bottle | a robot learning to cook | two rival bakers
        | a detective who is afraid of the dark | a girl who can hear plants | the last bookstore on earth | a haunted elevator
        | a dragon who hates gold | time travelers stuck in <month> | a cat who runs for mayor
        wr.open = The rain had not stopped for <#3-40> days. | Nobody in the village remembered the door. | "Don't open it," she said.
        wr.poem = write a poem about <wr.poemsub> | write a haiku about <wr.poemsub> | a limerick about my friend <name> who loves <@ingr>
        | a <wr.form> about <wr.poemsub> that rhymes
        wr.poemsub = autumn | the ocean | my grandmother | leaving home | coffee | insomnia | the moon | first love | city rain
        wr.form = sonnet | haiku | limerick | ballad | free verse poem | rap verse
        wr.edit = can you make this sound better: "<wr.draft>" | proofread: <wr.draft> | make this more formal: <wr.draft>
        | shorten this to one sentence: <wr.draft> | give me feedback on my opening line: <wr.open>
        wr.draft = i am writing to let you know that i will not be able to come | the results of the project was very good and we are happy
        | our team have worked hard this quarter | she walked slowly into the room which was dark and also cold
        | we regret to inform you the event has been moved to <weekday>
        wr.short = rhymes with orange | synonym for happy | another word for important | <@genre> book title ideas
        @genre = fantasy | sci-fi | mystery | romance | horror | thriller | historical fiction | YA | cozy mystery
        @author = Hemingway | Jane Austen | Tolkien | Agatha Christie | Dr. Seuss | Stephen King | Toni Morrison | Kafka

        # homework: math
        d.math = 3*<math.solve> | 2*<math.explain> | <math.short>
        math.solve = solve <#2-9>x + <#1-30> = <#31-99> | what is the derivative of x^<#2-9> * sin(x)? | integrate <#2-9>x^<#2-5> dx
        | find the area of a triangle with sides <#3-9>, <#4-12> and <#5-15> | factor x^2 + <#2-9>x + <#1-20>
        | a store sells pens at $<#1-5> each. if i buy <#3-40>, how much do i pay with a <#5-30>% discount?
        | probability of getting at least <#1-4> heads in <#5-10> coin flips | what is <#11-99> percent of <#100-9999>
        | solve the system <#1-9>x + y = <#5-20> and x - y = <#1-9>
        math.explain = explain <@mathtopic> like i'm in <math.grade> | why does <@mathtopic> work? | i don't get <@mathtopic>, help
        | give me practice problems on <@mathtopic> with answers
        math.grade = 6th grade | 8th grade | high school | my first year of college | a calculus class
        math.short = <@mathtopic> formula | <#11-99> x <#11-99> | is <#100-999> prime | <@mathtopic> examples
        @mathtopic = the quadratic formula | integration by parts | the chain rule | long division | logarithms | matrices
        | standard deviation | the pythagorean theorem | limits | eigenvalues | bayes theorem | fractions | proofs by induction

        # homework: history, biology, chemistry, physics, literature
        d.hist = 3*<hist.q> | <hist.essay> | <hist.short>
        hist.q = what caused <@event>? | why was <@event> important? | summarize <@event> in <#3-8> sentences
        | who won <@event> and why? | what were the effects of <@event> on ordinary people?
        hist.essay = help me write a thesis statement about <@event> | give me an outline for an essay comparing <@event> and <@event>
        hist.short = <@event> timeline | <@event> summary | <@event> causes
        @event = the French Revolution | World War I | the fall of Rome | the Cold War | the Meiji Restoration
        | the Industrial Revolution | the partition of India | the American Civil War | the Black Death | the Cuban missile crisis
        | the Renaissance | apartheid | the Ottoman Empire's decline | the Haitian Revolution
        d.bio = 3*<bio.q> | <bio.short>
        bio.q = explain <@biotopic> in simple terms | what's the difference between <@biotopic> and <@biotopic>?
        | draw a diagram in text of <@biotopic> | why is <@biotopic> important for living things | quiz me on <@biotopic>
        bio.short = <@biotopic> definition | <@biotopic> steps | <@biotopic> notes
        @biotopic = mitosis | meiosis | photosynthesis | cellular respiration | DNA replication | natural selection
        | the krebs cycle | protein synthesis | the immune system | enzymes | osmosis | the nervous system | ecosystems
        d.chem = 3*<chem.q> | <chem.short>
        chem.q = balance this equation: <chem.eq> | how many moles are in <#2-90> g of <chem.cpd>? | explain <@chemtopic>
        | why does <chem.cpd> dissolve in water? | what is the molar mass of <chem.cpd>
        chem.eq = H2 + O2 -> H2O | C3H8 + O2 -> CO2 + H2O | Fe + O2 -> Fe2O3 | Al + HCl -> AlCl3 + H2 | CH4 + O2 -> CO2 + H2O
        chem.cpd = NaCl | glucose | CO2 | sulfuric acid | ammonia | ethanol | calcium carbonate | potassium nitrate
        chem.short = <@chemtopic> | <chem.cpd> molar mass | periodic table trends
        @chemtopic = electronegativity | le chatelier's principle | oxidation states | covalent bonds | pH | titration
        | hybridization | the ideal gas law | reaction rates | isotopes
        d.phys = 3*<phys.q> | <phys.short>
        phys.q = a ball is thrown up at <#5-40> m/s, how high does it go? | explain <@phystopic> intuitively
        | a car accelerates from 0 to <#20-40> m/s in <#3-12> s, what's the acceleration | why is the sky blue
        | what is the difference between <@phystopic> and <@phystopic>? | how does <@phystopic> apply to everyday life
        phys.short = <@phystopic> formula | <@phystopic> explained | newton's laws
        @phystopic = momentum | entropy | quantum tunneling | relativity | torque | electric fields | inertia | wave interference
        | friction | centripetal force | ohm's law | buoyancy
        d.lit = 3*<lit.q> | <lit.essay> | <lit.short>
        lit.q = what is the theme of <@book>? | analyze the character of <lit.char> in <@book> | what does the <lit.sym> symbolize in <@book>?
        | summarize chapter <#1-20> of <@book> | is <@book> worth reading?
        lit.char = the narrator | the main character | the villain | the mother | the best friend
        lit.sym = green light | river | mockingbird | conch | red color | weather | mirror
        lit.essay = essay ideas about <@book> | thesis about identity in <@book> | compare <@book> and <@book>
        lit.short = <@book> summary | <@book> themes | <@book> quotes
        @book = The Great Gatsby | 1984 | To Kill a Mockingbird | Lord of the Flies | Beloved | Hamlet | Frankenstein
        | Pride and Prejudice | Things Fall Apart | The Catcher in the Rye | Macbeth | One Hundred Years of Solitude | Of Mice and Men

        # business email
        d.mail = 3*<mail.req> | <mail.short>
        mail.req = write an email to my <mail.to> <mail.why> | draft a polite email <mail.why> | how do i reply to a client who <mail.client>?
        | write a follow up email after <mail.event> | rewrite this email to sound less passive aggressive: <mail.draft>
        | write a short linkedin message to <mail.to> about <mail.topic>
        mail.to = boss | manager | landlord | professor | client | team | recruiter | coworker | supplier | HR
        mail.why = asking for a raise | asking for <#2-10> days off | declining a meeting | about a late payment | resigning
        | asking for an extension until <weekday> | apologizing for missing the deadline | introducing myself
        | about a billing error on invoice <#1000-9999> | requesting a reference
        mail.client = keeps changing the scope | hasn't paid in <#30-120> days | wants a discount | is unhappy with the delivery
        mail.event = a job interview | a sales call | a networking event | a missed call | sending a proposal
        mail.draft = as per my last email, the file is attached again | i already told you this on <weekday> | per our call please advise asap
        mail.topic = a job opening | partnering on a project | their talk at a conference | a referral
        mail.short = email to <mail.to> <mail.why> | out of office message | professional way to say no

        # translation
        d.transl = 4*<tr.req> | <tr.short>
        tr.req = translate "<tr.phrase>" into <@tongue> | how do you say "<tr.phrase>" in <@tongue>?
        | translate this to <@tongue>, keep it casual: <tr.phrase> | what does "<tr.foreign>" mean in english?
        | is this correct <@tongue>: <tr.foreign>
        tr.phrase = where is the train station | i would like to book a table for <#2-8> | happy birthday my friend
        | thank you for your patience | the meeting is moved to <weekday> | i'm allergic to nuts | can we get the bill please
        | i love you | please find attached the contract | good luck on your exam | how much does this cost
        tr.foreign = je ne sais pas | wie geht's | ganbatte | que onda | obrigado pela ajuda | saudade | no pasa nada | ça marche
        tr.short = <tr.phrase> in <@tongue> | <@tongue> translation | translate to <@tongue>
        @tongue = Spanish | French | German | Japanese | Portuguese | Korean | Italian | Mandarin | Arabic | Hindi | Turkish
        | Polish | Dutch | Swahili | Vietnamese

        # trivia
        d.trivia = 4*<triv.q> | <triv.short>
        triv.q = who invented <triv.inv>? | what is the tallest <triv.tall> in the world | how many <triv.count>
        | why do <triv.why>? | what's the capital of <triv.country> | when was <triv.inv> invented | fun facts about <triv.animal>
        | is it true that <triv.myth>?
        triv.inv = the telephone | the printing press | the internet | the bicycle | paper money | the microwave | velcro | coffee filters
        triv.tall = building | mountain | tree | waterfall | animal | statue
        triv.count = bones are in the human body | countries are in africa | people have walked on the moon | stars are visible at night
        | languages are spoken in india | moons does jupiter have
        triv.why = cats purr | we dream | onions make you cry | leaves change color | we get goosebumps | flamingos stand on one leg
        triv.country = australia | canada | kazakhstan | myanmar | nigeria | new zealand | bolivia | switzerland
        triv.animal = octopuses | crows | axolotls | honeybees | sloths | orcas | tardigrades | platypuses
        triv.myth = goldfish have a 3 second memory | we only use 10% of our brain | bulls hate red | lightning never strikes twice
        triv.short = capital of <triv.country> | <triv.animal> facts | who invented <triv.inv>

        # tech support
        d.tech = 3*<tech.q> | <tech.short>
        tech.q = my <@device> <tech.prob>, how do i fix it? | <@device> <tech.prob> after update | how do i <tech.task> on my <@device>
        | is it worth upgrading from <@device> to <@device>? | best <@device> under $<#200-2000>?
        tech.prob = won't turn on | is really slow | keeps restarting | won't connect to wifi | battery drains fast | is overheating
        | has no sound | won't charge | screen is flickering
        tech.task = take a screenshot | back up my photos | reset to factory settings | free up storage | set up parental controls
        | connect a second monitor | change the dns | turn off auto updates
        tech.short = <@device> reset | wifi keeps dropping | printer offline fix | <@device> vs <@device>
        @device = iphone | android phone | macbook | windows laptop | ipad | printer | router | smart tv | ps5 | chromebook

        # careers
        d.career = 3*<car.q> | <car.short>
        car.q = review my resume summary: <car.summary> | how do i answer "<car.iq>" in an interview?
        | should i take a job as a <@job> that pays $<#40-200>k or stay at my current one? | how do i become a <@job> with no degree
        | write a cover letter for a <@job> position at a <car.co> | how do i negotiate salary for a <@job> role
        car.summary = hardworking team player with <#2-15> years experience in sales | recent grad passionate about data
        | <@job> with a track record of delivering projects on time
        car.iq = tell me about yourself | what is your biggest weakness | why do you want to leave your job
        | where do you see yourself in 5 years | tell me about a conflict with a coworker
        car.co = startup | hospital | bank | nonprofit | school | big tech company | restaurant group
        car.short = <@job> salary | <@job> interview questions | resume tips | career change at <#30-55>
        @job = data analyst | nurse | software engineer | ux designer | teacher | accountant | product manager | electrician
        | marketing manager | paralegal | project manager | pharmacist

        # garden, pets, parenting, home
        d.garden = 3*<gar.q> | <gar.short>
        gar.q = why are my <@plant> leaves turning <gar.color>? | when should i plant <@plant> in zone <#3-10>?
        | how often do i water <@plant>? | can <@plant> grow indoors | companion plants for <@plant>
        gar.color = yellow | brown | black at the edges | white | pale
        gar.short = <@plant> care | <@plant> pests | composting basics
        @plant = tomatoes | basil | monstera | succulents | roses | peppers | orchids | snake plants | blueberries | lavender
        d.pets = 3*<pet.q> | <pet.short>
        pet.q = my <@pet> keeps <pet.beh>, why? | is it safe for <@pet>s to eat <@ingr>? | how do i train my <@pet> to <pet.train>
        | my <@pet> is <#1-15> years old and <pet.beh>, should i worry | names for a <pet.color> <@pet>
        pet.beh = scratching the furniture | barking at night | not eating | throwing up | chewing everything | hiding
        pet.train = stop biting | use a litter box | walk on a leash | come when called | stay alone
        pet.color = black | ginger | white | spotted | grey
        pet.short = <@pet> food | <@pet> names | <@pet> care
        @pet = dog | cat | rabbit | hamster | parrot | puppy | kitten | guinea pig | gecko
        d.parent = 3*<par.q> | <par.short>
        par.q = my <#1-15> year old <par.beh>, how should i handle it? | activities for a <#2-12> year old on a rainy day
        | how much screen time for a <#2-12> year old | how do i explain <par.topic> to a <#4-10> year old
        par.beh = won't sleep | throws tantrums | lies a lot | won't do homework | is being bullied | refuses vegetables
        par.topic = death | divorce | money | where babies come from | climate change
        par.short = baby sleep schedule | potty training tips | toddler snacks
        d.home = 3*<home.q> | <home.short>
        home.q = how do i fix a <home.prob>? | how to get <home.stain> out of <home.surface> | is it hard to <home.diy> myself?
        | how much does it cost to <home.diy>? | what paint color goes with <home.surface>
        home.prob = leaking faucet | running toilet | squeaky door | clogged drain | cracked tile | tripped breaker | drafty window
        home.stain = red wine | grease | mold | coffee | ink | rust | pet urine
        home.surface = a white carpet | a couch | grout | jeans | wood floors | a mattress
        home.diy = paint a room | replace a light switch | install a shelf | tile a backsplash | build a raised bed | replace a faucet
        home.short = <home.prob> | <home.stain> stain removal | diy <home.diy>

        # music, media, language learning, relationships
        d.music = 3*<mus.q> | <mus.short>
        mus.q = how do i learn <@instr> as an adult? | songs similar to <mus.artist> | explain <mus.theory> | chords for a sad song in <mus.key>
        | write song lyrics about <wr.poemsub> | best practice routine for <@instr>, <#15-90> minutes a day
        mus.artist = Radiohead | Taylor Swift | Bad Bunny | Miles Davis | Daft Punk | Adele | Fleetwood Mac | Kendrick Lamar | BTS
        mus.theory = the circle of fifths | modes | syncopation | chord inversions | time signatures | voice leading
        mus.key = A minor | C major | E minor | D major | F sharp minor
        mus.short = <@instr> chords | <mus.artist> similar artists | <mus.theory>
        @instr = guitar | piano | drums | violin | ukulele | bass | saxophone | singing
        d.media = 4*<med.q>
        med.q = recommend a <med.kind> like <med.title> | best <@genre> movies of the last <#5-30> years | what should i watch tonight, i like <@genre>
        | is <med.title> worth watching | explain the ending of <med.title> | books like <@book>
        med.kind = movie | tv show | book | anime | podcast | video game | documentary
        med.title = Inception | Breaking Bad | Spirited Away | The Office | Dune | Succession | Severance | Interstellar | Fleabag
        d.lang = 3*<ll.q> | <ll.short>
        ll.q = how do i learn <@tongue> fast? | what's the difference between <ll.pair> in <@tongue>? | correct my <@tongue>: <tr.foreign>
        | give me <#5-30> common <@tongue> phrases for travel | best apps to learn <@tongue>
        ll.pair = ser and estar | por and para | wa and ga | du and sie | tu and vous | the two past tenses
        ll.short = <@tongue> grammar | <@tongue> verbs | <@tongue> numbers
        d.love = 4*<love.q>
        love.q = how do i tell my <love.who> that <love.issue>? | my <love.who> <love.beh>, is that normal?
        | first date ideas in <@place> | how do i get over a breakup | what should i text my crush | gift ideas for my <love.who> who likes <@hobby>
        love.who = boyfriend | girlfriend | husband | wife | best friend | sister | brother | roommate
        love.issue = i want to move out | i'm not happy | i got a job in <@place> | i forgot their birthday
        love.beh = never texts first | checks my phone | wants to split everything 50/50 | spends all weekend gaming
        @hobby = hiking | cooking | gaming | knitting | photography | climbing | reading | coffee | vinyl records

        # legal, productivity, games, philosophy, cars, shopping, small business, data
        d.legal = 3*<leg.q>
        leg.q = can my landlord <leg.land>? | is it legal to <leg.act> in <leg.where>? | what happens if i <leg.bad>
        | do i need a lawyer for <leg.case>? | how does <leg.concept> work
        leg.land = keep my deposit | raise rent by <#5-30>% | enter without notice | evict me in winter
        leg.act = record a phone call | fly a drone | work two jobs | rent out my apartment on airbnb
        leg.where = california | the uk | germany | texas | ontario | australia | new york
        leg.bad = don't pay a parking ticket | break my lease | miss jury duty | file taxes late
        leg.case = a small claims case | a divorce | a will | a car accident | a work injury
        leg.concept = a non-compete | copyright | fair use | power of attorney | an llc
        d.prod = 3*<prod.q>
        prod.q = how do i stop procrastinating | make me a study schedule for <#2-8> exams in <#1-4> weeks
        | best way to organize my notes for <prod.what> | how do i focus when working from home | turn this into a to-do list: <prod.list>
        prod.what = med school | a phd | my job | learning <@lang> | a novel
        prod.list = call mom, taxes, fix bike, email <name> about the report, groceries
        d.games = 3*<game.q>
        game.q = tips for beating <game.boss> in <@game> | best build for a beginner in <@game> | is <@game> worth it in <#2023-2026>?
        | games like <@game> | how do i get better at <@game>
        game.boss = the first boss | the final boss | the water level | ranked | the dlc
        @game = elden ring | minecraft | stardew valley | league of legends | zelda | chess | baldur's gate 3 | fortnite | hades
        d.philo = 3*<phil.q>
        phil.q = what would <phil.who> say about <phil.topic>? | is <phil.topic> real? | explain <phil.school> simply
        | what is the meaning of life | do we have free will
        phil.who = Kant | Nietzsche | Aristotle | Simone de Beauvoir | Confucius | a stoic | Camus
        phil.topic = free will | happiness | social media | artificial intelligence | death | moral luck
        phil.school = stoicism | existentialism | utilitarianism | nihilism | the trolley problem | absurdism
        d.cars = 3*<car2.q>
        car2.q = my car makes a <car2.noise> when i <car2.when> | is a <@car> a good first car? | how often should i change the oil in a <@car>
        | <@car> or <@car> for a family of <#3-6>? | check engine light on, code P0<#100-999>, what does it mean
        car2.noise = grinding noise | clicking sound | squeal | rattle | humming noise
        car2.when = brake | turn | start it | accelerate | go over bumps
        @car = honda civic | toyota corolla | tesla model 3 | ford f-150 | vw golf | subaru outback | mazda 3 | kia niro
        d.shop = 3*<shop.q>
        shop.q = best <shop.item> under $<#20-900> | is <shop.item> from <shop.brand> worth it? | gift for a <#8-80> year old who loves <@hobby>
        | <shop.item> buying guide | should i buy a <shop.item> now or wait for black friday
        shop.item = vacuum | mattress | running shoes | coffee machine | air purifier | office chair | laptop bag | winter coat
        shop.brand = ikea | dyson | nike | costco | amazon basics | uniqlo
        d.biz = 3*<biz.q>
        biz.q = how do i price my <biz.prod>? | write a business plan outline for a <biz.kind> | marketing ideas for a <biz.kind> in <@place>
        | how do i register an llc for my <biz.kind> | write an instagram caption for my <biz.kind> launching on <weekday>
        | how do i handle a bad review on google for my <biz.kind>
        biz.prod = candles | web design services | cakes | tutoring | handmade jewelry | photography sessions
        biz.kind = coffee shop | bakery | etsy store | cleaning business | dog walking service | small gym | food truck
        d.data = 3*<data.q>
        data.q = how do i make a pivot table in excel | excel formula to <data.task> | google sheets: <data.task>
        | explain <data.stat> with an example | which chart should i use to show <data.show>?
        data.task = count unique values | sum if the date is in <month> | look up a value from another sheet | remove duplicates
        | split first and last names
        data.stat = p-values | linear regression | correlation vs causation | confidence intervals | a/b testing
        data.show = sales by month | survey results | market share | a before and after comparison
        """;
}
