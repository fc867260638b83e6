<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ErrorDialog</name>
    <message numerus="yes">
        <source>and %n more problem(s) since</source>
        <translation>
            <numerusform>and %n more problem since</numerusform>
            <numerusform>and %n more problems since</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentNotifier</name>
    <message numerus="yes">
        <source>%n payment(s) arrived.</source>
        <translation>
            <numerusform>%n payment arrived.</numerusform>
            <numerusform>%n payments arrived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more subscription(s) changed too.</source>
        <translation>
            <numerusform>%n more subscription changed too.</numerusform>
            <numerusform>%n more subscriptions changed too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message numerus="yes">
        <source>%n payment(s) through this link.</source>
        <translation>
            <numerusform>%n payment through this link.</numerusform>
            <numerusform>%n payments through this link.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them paid.</source>
        <translation>
            <numerusform>%n of them paid.</numerusform>
            <numerusform>%n of them paid.</numerusform>
        </translation>
    </message>
</context>
</TS>
