/**
 * Unit names: one canonical name per responsible unit and every way it is written — traditional
 * script, full-width brackets, stray spaces, long and short forms (市市场监督管理局 = 市市场监管局,
 * 发展和改革委员会 = 发改委, 人力资源和社会保障局 = 人社局), bracketed sub-offices
 * (市政府办(金融工作科) is 市政府办) — and the kind of body a name stands for, collective units
 * (在衡高校, 各镇(街道), 各相关部门, 长株潭三市人民政府) included. {@link
 * org.duban.names.UnitDirectory} finds units for every later stage; ICU4J is used only in {@code
 * Scripts}.
 */
package org.duban.names;
