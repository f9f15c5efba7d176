namespace LinkGraph.Synthetic.World.Prompts;

/// <summary>
/// Rules for the content that fills templates: exam-style questions and answers, rubrics and candidate responses for
/// reasoning-elicitation slots (<c>x.*</c>), payloads of batch pipelines (<c>p.*</c>) and course material (<c>c.*</c>).
/// </summary>
internal static class GrammarBContentLexicon
{
    public const string Extraction = """
        # questions: many domains, numbers drawn per instance so no two are alike
        x.q = 3*<x.qmath> | 2*<x.qlogic> | 2*<x.qsci> | <x.qhist> | 2*<x.qcode> | <x.qecon> | <x.qethics> | 2*<x.qprob>
        | <x.qphys> | <x.qchem> | <x.qmed> | <x.qlaw> | <x.qbio> | <x.qgeo> | <x.qling> | <x.qstats>
        x.qmath = A train leaves <x.city> at <#1-11>:<#10-59> travelling at <#40-160> km/h; another leaves <x.city> <#1-3> hours later at <#60-200> km/h on the same <#200-900> km line. When do they meet?
        | Find all real x such that x^2 - <#2-19>x + <#1-60> = 0.
        | What is the sum of the first <#10-500> positive integers divisible by <#3-13>?
        | A rectangle has perimeter <#20-200> cm and its length is <#2-5> times its width. What is its area?
        | Compute the remainder when <#2-9>^<#20-400> is divided by <#5-97>.
        | How many ways can <#4-12> people sit around a round table if two of them refuse to sit together?
        | Prove that the product of any <#3-6> consecutive integers is divisible by <#6-24>, or give a counterexample.
        | A tank fills in <#3-12> hours with pipe A and <#4-15> hours with pipe B. How long with both open?
        | Evaluate the integral of x*e^(<#2-9>x) from 0 to <#1-5>.
        | What is the smallest positive integer n such that <#3-17>n leaves remainder <#1-9> when divided by <#10-31>?
        x.qlogic = <x.pn> says <x.pn> is lying. <x.pn> says both others are lying. <x.pn> says exactly one of them tells the truth. Who is honest?
        | There are <#3-9> boxes, exactly one contains gold, and each label is either true or false. Box 1 says "the gold is not here"; box 2 says "box 1 is lying". Which box holds the gold?
        | If all <x.noun>s are <x.noun>s and some <x.noun>s are not <x.noun>s, which conclusions follow?
        | A clock loses <#2-15> minutes every hour. It was set right at <#1-11>:00. What does it show when the real time is <#1-11>:30 the next day?
        | You have <#8-13> coins, one counterfeit and lighter. What is the minimum number of weighings on a balance to find it?
        | <x.pn>, <x.pn> and <x.pn> each own a different pet and live in different colored houses. Given <#3-6> clues, who owns the fish?
        x.qsci = Why does ice float on water, and what would happen to lakes in winter if it did not?
        | Explain why the sky is red at sunset at <#20-70> degrees latitude in <month>.
        | How would the length of a day change if Earth's radius shrank by <#5-40>% with the same mass?
        | What limits the maximum height of a tree to roughly <#90-130> meters?
        | Why do some metals conduct heat better than others, and how does that relate to electrical conductivity?
        | A star is <#2-40> times the Sun's mass. Describe how its life will end and why.
        x.qhist = Why did <x.empire> decline in the <#12-19>th century, and which cause mattered most?
        | Was <x.event> inevitable? Argue both sides with evidence.
        | Compare the economic consequences of <x.event> and <x.event>.
        | What role did trade routes play in the rise of <x.empire>?
        x.qcode = Write a function that returns the <#2-20>th smallest element of an unsorted array in expected linear time, and explain its complexity.
        | Given a grid of <#5-500> by <#5-500> cells with walls, find the shortest path from corner to corner. Which algorithm and why?
        | Why does this loop run forever: `while (i != <#10-99>) i += <#2-7>;` starting from i = <#0-9>?
        | Design a rate limiter that allows <#10-1000> requests per <#1-60> seconds per user. Explain the trade-offs.
        | Determine the time complexity of a recursive function that calls itself <#2-4> times on input size n/<#2-4>.
        | Implement an LRU cache with capacity <#2-1000> and explain why each operation is O(1).
        x.qecon = If the central bank raises rates by <#1-5> percentage points while inflation is <#3-12>%, what happens to <x.econthing>?
        | A monopolist faces demand P = <#50-200> - <#1-5>Q with marginal cost <#5-40>. Find the profit-maximizing price.
        | Why might a minimum wage increase of <#5-40>% raise employment in some towns and reduce it in others?
        x.qethics = Is it ever right to break a promise to <x.pn> in order to prevent harm to <#2-50> strangers?
        | A self-driving car must choose between <#1-5> passengers and <#1-5> pedestrians. What principle should decide?
        | Should a doctor tell a patient a diagnosis the family asked to keep secret?
        x.qprob = Two dice are rolled <#2-10> times. What is the probability that a sum of <#2-12> appears at least once?
        | A test is <#80-99>% accurate for a disease with prevalence 1 in <#50-5000>. If a person tests positive, how likely are they to be ill?
        | Draw <#2-6> cards from a standard deck. What is the probability that all are hearts?
        | A bag has <#2-12> red and <#2-12> blue balls. Two are drawn without replacement. What is P(both the same color)?
        x.qphys = A <#1-20> kg block slides down a <#10-60> degree incline with friction coefficient 0.<#1-6>. Find its acceleration.
        | A satellite orbits at <#300-36000> km altitude. What is its period?
        | How much energy is needed to heat <#1-20> liters of water from <#5-25> to <#60-100> degrees Celsius?
        | A lens has focal length <#5-50> cm and an object sits <#10-90> cm away. Where is the image and is it real?
        x.qchem = How many grams of CO2 form when <#5-500> g of propane burns completely?
        | Predict the products and balance: <x.reagent> + <x.reagent>.
        | What is the pH of a 0.0<#1-9> M solution of acetic acid (Ka = 1.8e-5)?
        x.qmed = A <#20-85>-year-old presents with <x.sign> and <x.sign> for <#2-14> days. What is the most likely diagnosis and the next step?
        | Why does <x.drug> interact with grapefruit juice, and what should a patient do?
        x.qlaw = <x.pn> signs a lease, then the landlord sells the building after <#2-11> months. Is the lease still binding?
        | Can a company enforce a non-compete of <#1-5> years against a junior employee? Reason through it.
        x.qbio = Why do islands often have giant or dwarf versions of mainland species?
        | If a gene has <#2-6> alleles, how many genotypes are possible in a diploid organism?
        | Explain how antibiotic resistance spreads in a population of <#1000-90000> bacteria over <#5-50> generations.
        x.qgeo = Why is <x.city> where it is? Explain with geography and history.
        | Which factors make the climate of <x.city> differ from a city at the same latitude inland?
        x.qling = Why do English speakers say "<x.idiom>"? Trace the origin and how the meaning shifted.
        | Translate "<x.idiom>" into <x.lang> and explain why a literal translation fails.
        x.qstats = A survey of <#100-5000> people finds <#10-90>% support. Compute a 95% confidence interval and explain it.
        | Why can a correlation of 0.<#5-9> between two variables still be meaningless? Give an example.
        x.city = Lyon | Osaka | Denver | Krakow | Accra | Perth | Quito | Tashkent | Bergen | Bilbao | Pune | Leeds | Tulsa | Harbin
        x.pn = Alice | Bob | Carol | Dmitri | Esther | Felix | Gita | Hugo | Ivy | Jonas | Kenji | Lena | Mateo | Nadia
        x.noun = bloop | razzie | lazzle | quib | marn | tove | wumpus | zorp
        x.empire = the Ottoman Empire | the Mughal Empire | Venice | the Qing dynasty | the Spanish Empire | the Hanseatic League
        x.event = the Suez crisis | the 1929 crash | the fall of the Berlin Wall | the Meiji Restoration | the partition of Bengal | the oil shock of 1973
        x.econthing = housing prices | the exchange rate | unemployment | bond yields | consumer credit
        x.reagent = sodium | chlorine gas | hydrochloric acid | calcium carbonate | magnesium | copper sulfate | ethanol | oxygen
        x.sign = fever | chest pain | joint swelling | night sweats | a productive cough | jaundice | weight loss | confusion
        x.drug = simvastatin | felodipine | cyclosporine | amiodarone
        x.idiom = break the ice | bite the bullet | the whole nine yards | spill the beans | under the weather | kick the bucket
        x.lang = Japanese | Hungarian | Finnish | Tamil | Turkish | Russian | Welsh

        # answers to reconstruct reasoning for
        x.a = <#2-999> | The answer is <#2-999>. | x = <#2-40> or x = -<#1-40> | <x.pn> is honest. | Box <#1-9>.
        | About <#2-98>.<#1-9>% | The meeting happens at <#1-11>:<#10-59>. | O(n log n) | <#2-60>.<#1-9> m/s^2 | Yes, it is still binding.
        | No, the conclusion does not follow. | Approximately <#2-900> grams. | pH = <#2-5>.<#1-9> | <#2-9>/<#10-99>
        | It was not inevitable; economic pressure made it likely. | Use breadth-first search. | Pneumonia; order a chest X-ray.
        | <#2-9> weighings | The image is real, <#10-150> cm behind the lens. | Price = <#20-150>
        x.resp = I think the answer is <#2-999> because you just multiply the numbers together.
        | The solution is x = <#2-40>. First I moved terms to one side, then factored, which gives the roots directly.
        | It depends on many factors, so there is no single answer, but most likely <x.pn> is correct.
        | Using Bayes' rule, P = <#1-99>%. The base rate dominates because the disease is rare.
        | The algorithm is greedy: take the best option at each step. Complexity O(n^<#2-3>).
        | The main cause was economic: falling revenue from trade after <#1500-1900>.
        | Answer: <#2-999>. (No explanation given.)
        | First, list all cases. There are <#4-64> of them. Only <#1-9> satisfy the condition, so the probability is small.
        x.rubric = correctness of the final answer (<#2-5> points); clarity of each step (<#1-3> points); no unjustified leaps (<#1-3> points)
        | accuracy (0-<#4-10>), completeness (0-<#3-5>), reasoning quality (0-<#3-5>), concision (0-<#2-3>)
        | 1 point per correct intermediate result, minus <#1-2> for each logical gap, <#2-5> points for the final answer
        | score 1 to <#5-10>: does it state assumptions, does it verify the result, is every step justified
        | full marks only if the method is valid AND the arithmetic is right; half marks for a valid method with an error
        | criteria: factual accuracy, use of evidence, counterarguments considered, conclusion follows (<#2-5> points each)
        x.steps = <#3-15>
        x.rounds = <#2-5>
        x.methods = <#2-4>
        x.score = <#5-10> | <#10-100>
        x.aud = a high school student | a first-year undergraduate | a grader who will check every line | an expert reviewer
        | a curious ten year old | a new hire on my team | a strict professor | someone who has never seen this topic
        x.ctx = This is for a dataset of worked solutions. | Assume no calculator. | Units are SI unless stated.
        | The reader already knows the basic definitions. | Treat every claim as unverified until you check it.
        | Use only the information given. | The question comes from a <#2001-2025> olympiad paper.
        | The previous attempt got this wrong; do not repeat its mistake.
        x.limit = at most <#150-900> words | at least <#300-2000> words | no more than <#5-20> steps | between <#200-400> and <#500-1200> words
        x.role = a mathematics olympiad coach | a senior software engineer | a physics professor | a careful exam grader
        | an experienced clinician | a logician | a patent examiner | a chess grandmaster explaining a position
        x.fmt = numbered steps | a JSON object with keys "steps" and "answer" | markdown with a heading per stage | plain prose paragraphs
        | a table of step, claim, justification
        """;

    public const string Automation = """
        # batch pipeline payloads
        p.ticket = <p.tgreet?> <p.tbody> <p.tsign?>
        p.tgreet = Hi, | Hello team, | Hey support, | Dear Sir/Madam, | To whom it may concern,
        p.tbody = I was charged twice for order #<#10000-99999>. | The app crashes when I open the <p.screen> screen on <p.os>.
        | Can you add dark mode to the <p.screen> page? | My invoice <#1000-9999> shows the wrong VAT number.
        | I can't log in since the update, it says "session expired" every time. | Please cancel my subscription, I was billed $<#5-99> today.
        | Export to CSV is missing the <p.col> column. | The <p.screen> page takes <#10-90> seconds to load.
        | Would be great if we could share <p.screen> reports with clients. | My refund for order #<#10000-99999> never arrived.
        | Password reset emails go to spam. | The API returns 500 on POST /v<#1-3>/<p.col>s since <p.day>.
        p.tsign = Thanks, <p.first> | Regards, <p.first> <p.last> | - <p.first> | Sent from my phone
        p.screen = settings | dashboard | checkout | profile | billing | reports | search | calendar
        p.os = Android <#10-15> | iOS <#15-18> | Windows <#10-11> | macOS 1<#3-5> | Chrome on Linux
        p.col = customer | amount | currency | region | status | created_at | sku
        p.day = yesterday | this morning | Monday | the last deploy | version <#2-9>.<#0-20>
        p.first = Maria | Tom | Ahmed | Yuki | Sofia | Peter | Lin | Oscar | Fatima | Jan | Chloe | Dev
        p.last = Novak | Okafor | Silva | Tanaka | Meyer | Haddad | Kowalski | Brennan | Ruiz | Lindqvist
        p.review = <p.rstars> <p.rbody>
        p.rstars = | | ★★★★★ | ★ | ★★★
        p.rbody = Arrived <#1-9> days late and the box was crushed. | Exactly as described, my <p.who> loves it.
        | Battery lasts about <#2-12> hours, which is less than advertised. | Stopped working after <#1-8> weeks. Support never replied.
        | Good value for $<#10-300>, would buy again. | The size runs small, order one up. | Meh. It's fine I guess.
        | Instructions were useless but it works great once set up. | Smells weird, returned it.
        p.who = daughter | husband | dog | team | grandma | roommate
        p.invoice = Invoice <#1000-99999> from <p.company>, dated <#1-28>/<#1-12>/20<#19-26>, total <#10-9999>.<#10-99> <p.cur>, due in <#10-60> days, VAT <#0-25>%.
        | <p.company> - INV-<#100-9999> - <#1-28> <p.mon> 20<#20-26> - Amount due: <p.cur> <#100-50000> - PO <#10000-99999>
        p.company = Acme Logistics | Nordlicht GmbH | Blue Harbor Foods | Pixelworks Ltd | Sunrise Dental | Okapi Software | Riverbend Farms | Tanaka Trading
        p.cur = EUR | USD | GBP | JPY | CAD
        p.mon = Jan | Feb | Mar | Apr | May | Jun | Jul | Aug | Sep | Oct | Nov | Dec
        p.product = <p.padj> <p.pnoun> in <p.pcolor>, <#1-5> pack, <p.pfeat>
        p.padj = Lightweight | Waterproof | Organic | Ergonomic | Stainless steel | Rechargeable | Handmade | Compact
        p.pnoun = hiking backpack | water bottle | desk lamp | yoga mat | coffee grinder | phone case | throw blanket | wireless earbuds
        p.pcolor = black | sage green | navy | sand | coral | graphite | white
        p.pfeat = <#10-60>L capacity | USB-C charging | BPA free | <#2-10> year warranty | fits <#13-17> inch laptops | machine washable
        p.comment = this is the worst update ever, fire whoever made it | great article, thanks for sharing | buy cheap followers at my profile!!!
        | you clearly have no idea what you're talking about | does anyone know when the next release is? | I disagree but respect the argument
        | click here to win a free phone | lol same | this helped me fix my <p.screen> issue, thank you
        p.meeting = <p.first>: we're behind on the <p.proj> milestone by <#1-4> weeks. <p.first>: the vendor hasn't sent the <p.thing> yet. <p.first>: let's move the launch to <weekday> and I'll chase the vendor. <p.first>: agreed, I'll update the board.
        | <p.first>: budget for <p.proj> is at <#60-120>%. <p.first>: we can cut the <p.thing> scope. <p.first>: fine, but legal must sign off first. Action: <p.first> to draft the change request.
        p.proj = Q<#1-4> rollout | website redesign | data migration | mobile app | onboarding revamp
        p.thing = contract | designs | API keys | test report | hardware
        p.email = Subject: <p.esubj> Body: <p.ebody> | From: <p.first> <p.last>. Subject: <p.esubj> Body: <p.ebody>
        p.esubj = Re: invoice <#1000-9999> | Meeting tomorrow? | URGENT: server down | Your order has shipped | Lunch on <weekday>? | Contract renewal
        p.ebody = Please review the attached before EOD. | Can we move our call to <#1-5>pm? | The production server is returning errors for all users.
        | Just checking in on the proposal. | Your package will arrive in <#1-7> days. | We need your signature by the <#1-28>th.
        p.address = <#1-999> <p.street> <p.stype>, Apt <#1-40>, <p.town> <#10000-99999> | <p.street> <p.stype> <#1-200>, <#1000-9999> <p.town>
        p.street = Maple | Oak | Harbor | Station | Mill | Cedar | King | Lake | Church | Elm
        p.stype = Street | Avenue | Road | Lane | Blvd | Way
        p.town = Springfield | Riverton | Fairview | Georgetown | Salem | Ashford | Lakeside
        p.question = how many <p.col>s did we have in <p.mon>? | top <#3-20> customers by revenue last quarter
        | average order value per region in 20<#20-26> | which products had no sales since <p.day>? | monthly churn for the last <#3-24> months
        p.image = a <p.pcolor> <p.pnoun> on a wooden table next to a window | two people shaking hands in an office lobby
        | a dog running on a beach at sunset | a bar chart showing sales rising over <#3-12> months | a plate of pasta with basil
        p.log = <#10-23>:<#10-59>:<#10-59> ERROR <p.svc> timeout after <#1000-30000>ms | <#10-23>:<#10-59>:<#10-59> WARN <p.svc> retry <#1-5>/5
        | <#10-23>:<#10-59>:<#10-59> ERROR <p.svc> NullPointerException at line <#10-999> | <#10-23>:<#10-59>:<#10-59> INFO <p.svc> disk <#80-99>% full
        p.svc = payments | auth | search | ingest | mailer | scheduler
        p.lang = German | French | Spanish | Japanese | Portuguese | Italian | Dutch | Korean
        """;

    public const string Course = """
        # course assignments: fixed per template, then students add their own text
        c.intro = {code} <c.kind> <#1-12>, due <c.due>. | {code} - <c.kind> <#1-12> (<#5-30> points) | <c.kind> <#1-12> for {code}, submit by <c.due>.
        c.code.cs = CS <#100-399> | COMP <#100-399> | CSE <#100-399>
        c.code.math = MATH <#100-299> | MA<#100-299> | Calculus <#1-3>
        c.code.bio = BIO <#100-299> | BIOL <#100-299>
        c.code.hist = HIST <#100-299> | World History <#1-2>
        c.code.econ = ECON <#100-299> | EC<#100-299>
        c.code.phys = PHYS <#100-299> | Physics <#1-2>
        c.code.engl = ENGL <#100-299> | English <#9-12> | WRIT <#100-199>
        c.code.psych = PSYC <#100-299> | PSY<#100-299>
        c.kind = Homework | Problem Set | Assignment | Lab | Essay | Worksheet | Project milestone
        c.due = Friday <#1-11>pm | Sunday midnight | next Tuesday | the <#1-28>th at noon | end of week <#2-14>
        c.cs = Write a program that reads a list of <c.item> from a file and prints the <#2-10> most frequent ones. 1) Use a hash map. 2) Handle empty lines. 3) Analyze the running time. 4) Include at least <#3-8> test cases.
        | Implement a binary search tree with insert, delete and in-order traversal. Part A: code. Part B: explain why deletion of a node with two children works. Part C: what is the worst-case height?
        | Build a simple bank account class with deposit, withdraw and a transaction history. Withdrawals beyond the balance must raise an error. Write a short reflection (<#150-400> words) on your design choices.
        c.math = Problem 1: Prove that the square root of <#2-3> is irrational. Problem 2: Find the limit of (1 + <#1-5>/n)^n as n goes to infinity. Problem 3: Show that every bounded monotone sequence converges.
        | 1. Solve the recurrence T(n) = <#2-4>T(n/2) + n. 2. Compute the eigenvalues of the matrix [[<#1-5>, 1], [1, <#1-5>]]. 3. Explain in words what an eigenvector means geometrically.
        c.bio = Lab report: You measured the rate of photosynthesis at <#3-6> light intensities. Write an introduction, methods, results (with a graph) and a discussion of sources of error. Answer the post-lab questions 1 to <#3-8>.
        | Read the article on CRISPR gene editing and answer: (a) what problem does it solve, (b) what are two ethical concerns, (c) would you support its use in agriculture? Explain.
        c.hist = Essay prompt: To what extent was <c.histevent> caused by economic factors rather than political ideas? Use at least <#2-5> primary sources. <#1000-2500> words, Chicago citations.
        | Document analysis: Read the <#2-4> letters from <c.histevent>. For each, identify the author's point of view, purpose and audience, then write a paragraph connecting them.
        c.histevent = the French Revolution | the Russian Revolution of 1917 | the American Revolution | the collapse of the Soviet Union | the Meiji Restoration
        c.econ = Problem set: (1) Draw supply and demand for the market for <c.good> and show the effect of a $<#1-5> tax. (2) Who bears more of the tax and why? (3) Compute the deadweight loss if demand is Q = <#50-200> - <#1-4>P.
        | Write a <#2-5> page memo to a city council on whether to introduce rent control. Use the elasticity concepts from week <#3-9>.
        c.good = coffee | gasoline | cigarettes | concert tickets | rental housing
        c.phys = Lab <#1-9>: Pendulum. Measure the period for <#4-8> lengths, plot T^2 against L, and determine g with its uncertainty. Discuss why your value differs from <#9-9>.81 m/s^2.
        | Problem 1: A projectile is launched at <#20-70> degrees with speed <#10-50> m/s. Find range and max height. Problem 2: Repeat with air resistance qualitatively. Problem 3: Which angle maximizes range on a slope?
        c.engl = Write a <#3-6> paragraph analytical essay on how <c.novel> uses setting to develop its central theme. Include a clear thesis, at least <#3-5> quotations, and a counterargument.
        | Personal narrative: Describe a moment that changed how you see your family. <#500-1200> words. Show, don't tell; use dialogue at least once.
        c.novel = The Great Gatsby | Frankenstein | Things Fall Apart | Jane Eyre | The Road | Persepolis
        c.psych = Design an experiment testing whether <c.effect>. State your hypothesis, independent and dependent variables, sample, and one possible confound. Then describe how you'd analyze the data.
        | Summarize the Stanford prison experiment and evaluate its ethics using the APA principles from chapter <#2-12>.
        c.item = words | city names | product codes | student ids | hashtags
        c.effect = music improves memory | sleep loss increases risk taking | social media use predicts loneliness | color affects mood
        # what a student adds around the pasted text
        c.pre = 3* | help me with this: | can you do this assignment | i need help with my homework | explain how to start this:
        | my teacher gave us this and i'm lost | pls help due tonight | here's my assignment: | can you check my understanding of this
        | how do i approach this | what is this question asking
        c.post = 3* | i don't understand part <#1-3> | can you explain it step by step | give me an outline not the full answer
        | my answer for part 1 is <#2-99>, is that right? | what's a good thesis for this? | write it in <#300-1500> words
        | make it sound like a student wrote it | i started with: "<c.draft>" | i'm using <c.tool> | can you give me an example first
        | we covered this in week <#2-10> but i missed class | explain the hardest part only | check my work: <c.draft>
        c.draft = first i think we need to define the variables | in this essay i will argue that it was mostly economic | my code keeps giving an index error
        | i got the graph but not the error analysis | the hypothesis is that people remember more with music
        c.tool = python | java | excel | a TI-84 | R | google docs | matlab
        """;
}
